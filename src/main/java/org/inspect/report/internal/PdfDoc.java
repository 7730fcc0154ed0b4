package org.inspect.report.internal;

import org.inspect.export.PrivateFiles;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.OverflowWrapPropertyValue;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.report.Lang;

/**
 * An A4 document with the house style: CJK fonts with per-character fallback, Chinese line breaking, a running
 * header (campaign and document number) and a footer "第 x 页 共 y 页". A file may hold several numbered parts
 * (the combined print file of the notices): pages are counted within each part.
 */
final class PdfDoc implements AutoCloseable {

    static final float BODY = 11f;
    static final float SMALL = 8.5f;
    private static final float MARGIN_TOP = 64f;
    private static final float MARGIN_SIDE = 64f;
    private static final float MARGIN_BOTTOM = 56f;

    private final PdfDocument pdf;
    private final Document doc;
    private final Template common;
    private final Lang lang;
    private final ChineseSplitCharacters split = new ChineseSplitCharacters();
    private final List<Part> parts = new ArrayList<>();
    private PdfFont mono;
    private int closedPages;
    private final com.itextpdf.layout.font.FontProvider fontProvider;

    private record Part(int firstPage, String header, boolean headerOnFirstPage, boolean numbered) {
    }

    private final boolean internal;

    /** {@code base.pdf}, or {@code base-full.pdf} for a document with full personal data. */
    public static String fileName(String base, boolean fullData) {
        return base + (fullData ? "-full" : "") + ".pdf";
    }

    public PdfDoc(Path file, FontLoader fonts, Template common, Lang lang) {
        this(file, fonts, common, lang, false);
    }

    /**
     * A document that, with {@code fullData}, holds personal data unmasked: every page then says so in its header
     * (内部资料 不得公开); its file name carries {@code -full} ({@link #fileName}).
     */
    public PdfDoc(Path file, FontLoader fonts, Template common, Lang lang, boolean fullData) {
        this.internal = fullData;
        this.common = common;
        this.lang = lang;
        // a full-data document is readable by its owner only; a masked one as any file
        this.pdf = new PdfDocument(new PdfWriter(PrivateFiles.open(file, fullData)));
        this.doc = new Document(pdf, PageSize.A4, false);
        doc.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
        this.fontProvider = fonts.provider();
        doc.setFontProvider(fontProvider);
        doc.setFontFamily(fonts.families());
        doc.setFontSize(BODY);
        doc.setProperty(Property.SPLIT_CHARACTERS, split);
        doc.setProperty(Property.OVERFLOW_WRAP, OverflowWrapPropertyValue.BREAK_WORD);
    }

    /** Starts a numbered part with its own running header; every part after the first starts on a new page. */
    public void part(String header, boolean headerOnFirstPage) {
        if (!parts.isEmpty()) {
            doc.add(new AreaBreak());
        }
        parts.add(new Part(Math.max(1, pdf.getNumberOfPages()), header, headerOnFirstPage, true));
    }

    /**
     * Starts a cover: a part without running header or page number (an official document's cover is not counted),
     * so the numbering of the part after it starts at 1.
     */
    public void cover() {
        if (!parts.isEmpty()) {
            doc.add(new AreaBreak());
        }
        parts.add(new Part(Math.max(1, pdf.getNumberOfPages()), null, false, false));
    }

    public void pageBreak() {
        doc.add(new AreaBreak());
    }

    public void add(IBlockElement element) {
        doc.add(element);
    }

    /** A paragraph of body text; Chinese paragraphs are indented by two characters. */
    public Paragraph para(String text) {
        Paragraph p = plain(text).setMultipliedLeading(1.5f).setTextAlignment(TextAlignment.JUSTIFIED)
                .setOrphansControl(new ParagraphOrphansControl(2))
                .setWidowsControl(new ParagraphWidowsControl(2, 1, false));
        if (lang == Lang.ZH) {
            p.setFirstLineIndent(2 * BODY);
        }
        doc.add(p);
        return p;
    }

    public Paragraph plain(String text) {
        Paragraph p = new Paragraph(text);
        p.setProperty(Property.SPLIT_CHARACTERS, split);
        return p;
    }

    public void title(String text, float size) {
        doc.add(plain(text).setFontSize(size).simulateBold().setTextAlignment(TextAlignment.CENTER).setMarginTop(12)
                .setMarginBottom(12));
    }

    public void heading(String text) {
        doc.add(plain(text).setFontSize(14).simulateBold().setMarginTop(14).setMarginBottom(6).setKeepWithNext(true));
    }

    public void subheading(String text) {
        doc.add(plain(text).setFontSize(12).simulateBold().setMarginTop(8).setMarginBottom(4).setKeepWithNext(true));
    }

    /** Text in a fixed-pitch font (commands, hashes), small and breakable anywhere. */
    public Paragraph code(String text) {
        Paragraph p = new Paragraph(text).setFont(mono()).setFontSize(SMALL)
                .setBackgroundColor(new DeviceGray(0.94f)).setPadding(4);
        p.setProperty(Property.OVERFLOW_WRAP, OverflowWrapPropertyValue.ANYWHERE);
        doc.add(p);
        return p;
    }

    public PdfFont mono() {
        if (mono == null) {
            try {
                mono = PdfFontFactory.createFont(StandardFonts.COURIER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mono;
    }

    /**
     * A table whose header row ({@code a|b|c}) repeats on every page; {@code monoColumns} are set in the fixed-pitch
     * font (hashes); numeric columns are right-aligned when {@code numeric} marks them.
     */
    public Table table(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric) {
        return table(header, widths, rows, size, numeric, -1);
    }

    /** As {@link #table(String, float[], List, float, boolean[])}, with column {@code monoColumn} in Courier. */
    public Table table(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric,
            int monoColumn) {
        return table(header, widths, rows, size, numeric, monoColumn, 3);
    }

    /**
     * As {@link #table(String, float[], List, float, boolean[])}, with the columns {@code unbroken} marks broken only
     * between their lines and words, never inside a number (a case number, an identity number).
     */
    public Table table(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric,
            boolean[] unbroken) {
        return table(header, widths, rows, size, numeric, -1, 3, unbroken);
    }

    /**
     * As {@link #table(String, float[], List, float, boolean[])} with less padding in the body cells: for long
     * one-line-per-row lists (a province's sample) that should take fewer pages.
     */
    public Table compactTable(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric) {
        return table(header, widths, rows, size, numeric, -1, 1.5f);
    }

    private Table table(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric,
            int monoColumn, float padding) {
        return table(header, widths, rows, size, numeric, monoColumn, padding, null);
    }

    private Table table(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric,
            int monoColumn, float padding, boolean[] unbroken) {
        // A "large table" is laid out and flushed as it grows; otherwise iText lays the whole table out again
        // for every page, and a township's list of hundreds of rows costs seconds.
        String[] headers = header.split("\\|");
        float available = PageSize.A4.getWidth() - 2 * MARGIN_SIDE;
        Table t = new Table(UnitValue.createPercentArray(HeaderFit.widths(headers, widths, size, available)), true)
                .useAllAvailableWidth().setFontSize(size);
        t.setMarginTop(4).setMarginBottom(8);
        for (String h : headers) {
            Paragraph p = plain(h).setMultipliedLeading(1.2f);
            p.setProperty(Property.SPLIT_CHARACTERS, HeaderFit.SPLIT);
            t.addHeaderCell(new Cell().add(p).setPadding(3).setBorder(new SolidBorder(ColorConstants.GRAY, 0.5f))
                    .simulateBold().setBackgroundColor(new DeviceGray(0.88f))
                    .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE));
        }
        doc.add(t);
        int added = 0;
        for (List<String> row : rows) {
            if (++added % 50 == 0) {
                t.flush();
            }
            for (int i = 0; i < row.size(); i++) {
                boolean whole = unbroken != null && i < unbroken.length && unbroken[i];
                Cell c = (whole ? unbrokenCell(row.get(i)) : cell(row.get(i))).setPadding(padding);
                if (numeric != null && i < numeric.length && numeric[i]) {
                    c.setTextAlignment(TextAlignment.RIGHT);
                }
                if (i == monoColumn) {
                    c.setFont(mono());
                }
                t.addCell(c);
            }
        }
        t.complete();
        return t;
    }

    /**
     * A long list (every recipient of a township) drawn row by row ({@link ListTable}) rather than laid out cell by
     * cell: it looks as {@link #table(String, float[], List, float, boolean[])} and costs a fraction of it.
     */
    public void listTable(String header, float[] widths, List<List<String>> rows, float size, boolean[] numeric) {
        String[] headers = header.split("\\|");
        float available = PageSize.A4.getWidth() - 2 * MARGIN_SIDE;
        float[] points = HeaderFit.widths(headers, widths, size, available); // percentages of the text width
        for (int i = 0; i < points.length; i++) {
            points[i] = points[i] / 100f * available;
        }
        new ListTable(pdf, doc, font(FontLoader.MAIN), font(FontLoader.FALLBACK), points, size, numeric)
                .draw(List.of(headers), rows);
    }

    /** This document's font of {@code alias} (the one its layout uses), or null when it has none. */
    private PdfFont font(String alias) {
        for (com.itextpdf.layout.font.FontInfo f : fontProvider.getFontSet().getFonts()) {
            if (alias.equals(f.getAlias())) {
                return fontProvider.getPdfFont(f);
            }
        }
        return null;
    }

    /**
     * A cell of numbers (household, case, identity number), one paragraph a line, each broken only at a blank or
     * a slash: a case number never splits in the middle.
     */
    private Cell unbrokenCell(String text) {
        Cell c = new Cell().setPadding(3).setBorder(new SolidBorder(ColorConstants.GRAY, 0.5f))
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
        for (String line : (text == null ? "" : text).split("\n")) {
            Paragraph p = plain(line).setMultipliedLeading(1.2f).setMargin(0);
            p.setProperty(Property.SPLIT_CHARACTERS, HeaderFit.SPLIT);
            c.add(p);
        }
        return c;
    }

    public Cell cell(String text) {
        return new Cell().add(plain(text == null ? "" : text).setMultipliedLeading(1.2f)).setPadding(3)
                .setBorder(new SolidBorder(ColorConstants.GRAY, 0.5f)).setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    /** A chart image at the full text width with its caption under it, kept on one page. */
    public void figure(byte[] png, String caption) {
        Image image = new Image(ImageDataFactory.create(png)).setWidth(UnitValue.createPercentValue(100));
        Div div = new Div().setKeepTogether(true).setMarginTop(6).setMarginBottom(10);
        div.add(image);
        div.add(plain(caption).setFontSize(10).setTextAlignment(TextAlignment.CENTER));
        doc.add(div);
    }

    public Document document() {
        return doc;
    }

    @Override
    public void close() {
        decorate();
        closedPages = pdf.getNumberOfPages();
        doc.close();
    }

    /** After {@link #close}: the first and last page of each part, in order. */
    public List<int[]> partPages() {
        List<int[]> out = new ArrayList<>();
        for (Part part : parts) {
            out.add(new int[] {part.firstPage(), lastPageOf(part, closedPages)});
        }
        return out;
    }

    private void decorate() {
        int pages = pdf.getNumberOfPages();
        for (int p = 1; p <= pages; p++) {
            Part part = partOf(p);
            int last = lastPageOf(part, pages);
            if (part.header() != null && (p > part.firstPage() || part.headerOnFirstPage())) {
                header(p, part.header());
            }
            if (internal) {
                Rectangle size = pdf.getPage(p).getPageSize();
                doc.showTextAligned(plain(common.text("fullData.mark")).setFontSize(10).simulateBold(),
                        size.getWidth() - MARGIN_SIDE, size.getTop() - MARGIN_TOP / 3, p, TextAlignment.RIGHT,
                        VerticalAlignment.MIDDLE, 0);
            }
            if (!part.numbered()) {
                continue;
            }
            String footer = common.text("page.footer",
                    Map.of("page", p - part.firstPage() + 1, "pages", last - part.firstPage() + 1));
            Rectangle size = pdf.getPage(p).getPageSize();
            doc.showTextAligned(plain(footer).setFontSize(9), size.getWidth() / 2, MARGIN_BOTTOM / 2, p,
                    TextAlignment.CENTER, VerticalAlignment.MIDDLE, 0);
        }
    }

    private void header(int page, String text) {
        Rectangle size = pdf.getPage(page).getPageSize();
        float y = size.getTop() - MARGIN_TOP + 14;
        doc.showTextAligned(plain(text).setFontSize(9), size.getWidth() / 2, y + 4, page, TextAlignment.CENTER,
                VerticalAlignment.BOTTOM, 0);
        new PdfCanvas(pdf.getPage(page)).setLineWidth(0.5f).moveTo(MARGIN_SIDE, y)
                .lineTo(size.getWidth() - MARGIN_SIDE, y).stroke();
    }

    private Part partOf(int page) {
        Part found = parts.isEmpty() ? new Part(1, null, false, true) : parts.get(0);
        for (Part part : parts) {
            if (part.firstPage() <= page) {
                found = part;
            }
        }
        return found;
    }

    private int lastPageOf(Part part, int pages) {
        int i = parts.indexOf(part);
        return i >= 0 && i + 1 < parts.size() ? parts.get(i + 1).firstPage() - 1 : pages;
    }
}
