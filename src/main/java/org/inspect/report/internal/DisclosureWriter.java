package org.inspect.report.internal;

import com.itextpdf.layout.properties.TextAlignment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspect.model.Counties;
import org.inspect.report.DisclosureInput;
import org.inspect.report.DisclosureInput.Listing;
import org.inspect.report.DisclosureInput.Row;

/**
 * Lays out the public disclosure lists (公示名单, clause 三（三）): one file per township with its dibao, tekun and
 * registered-poor lists, names and identity numbers masked unless full data was asked for.
 */
public final class DisclosureWriter {

    private final DisclosureInput in;
    private final Template t;
    private final Wording w;
    private final FontLoader fonts;
    private final Redactor redactor;

    public DisclosureWriter(DisclosureInput in, Template disclosure, Wording wording, FontLoader fonts) {
        this.in = in;
        this.t = disclosure;
        this.w = wording;
        this.fonts = fonts;
        this.redactor = new Redactor(in.fullData(), List.of());
    }

    public List<Path> write(Path dir) {
        Map<String, List<Row>> byTownship = new TreeMap<>();
        for (Row r : in.rows()) {
            byTownship.computeIfAbsent(r.countyCode() + "-" + r.township(), k -> new ArrayList<>()).add(r);
        }
        return Parallel.map(List.copyOf(byTownship.entrySet()), e -> {
            Path file = dir.resolve(PdfDoc.fileName("disclosure-" + org.inspect.export.FileNames.part(e.getKey()) + w.lang().fileSuffix(), in.fullData()));
            township(file, e.getValue());
            return file;
        });
    }

    /**
     * A list's heading with its count: a dibao or tekun row is a household (its applicant, with the household's
     * size), so those lists count households and the people in them; the registered poor are listed person by
     * person.
     */
    private String section(Listing listing, List<Row> list) {
        String name = t.text("listing." + listing.name());
        if (listing == Listing.REGISTERED_POOR) {
            return t.text("section", Map.of("listing", name, "count", list.size()));
        }
        int people = list.stream().mapToInt(Row::householdSize).sum();
        return t.text("section.households", Map.of("listing", name, "households", list.size(), "people", people));
    }

    private void township(Path file, List<Row> rows) {
        Row first = rows.get(0);
        TownshipKind kind = TownshipKind.of(first.township());
        Map<String, Object> v = Map.of("county", Counties.name(first.countyCode()), "township", first.township(),
                "start", w.date(in.noticeStart()), "end", w.date(in.noticeEnd()), "contact", in.contact(),
                "date", w.date(in.campaign().issueDate()), "self", kind.self(),
                "authority", w.lang() == org.inspect.report.Lang.ZH ? kind.authority(first.township())
                        : kind.authorityEn(first.township()));
        try (PdfDoc doc = new PdfDoc(file, fonts, w.common(), w.lang(), in.fullData())) {
            doc.part(w.header(in.campaign().name(), t.text("header", v)), true);
            doc.title(t.text("title", v), 18);
            t.paragraphs("body", v).forEach(doc::para);
            for (Listing listing : Listing.values()) {
                List<Row> list = rows.stream().filter(r -> r.listing() == listing)
                        .sorted(Comparator.comparing(Row::village).thenComparing(Row::idNumber)).toList();
                doc.subheading(section(listing, list));
                if (list.isEmpty()) {
                    doc.para(t.text("empty"));
                    continue;
                }
                List<List<String>> cells = new ArrayList<>();
                int n = 1;
                for (Row r : list) {
                    cells.add(List.of(String.valueOf(n++), r.village(), redactor.name(r.name()), redactor.id(r.idNumber()),
                            String.valueOf(r.householdSize())));
                }
                doc.listTable(t.text("table"), new float[] {8, 30, 16, 32, 14}, cells, 9.5f,
                        new boolean[] {true, false, false, false, true});
            }
            doc.add(doc.plain(t.text("signature", v)).setTextAlignment(TextAlignment.RIGHT).setMarginTop(30)
                    .setMarginRight(24).setKeepWithNext(true));
            doc.add(doc.plain(t.text("date", v)).setTextAlignment(TextAlignment.RIGHT).setMarginRight(24));
        }
    }
}
