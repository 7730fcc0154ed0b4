package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.model.Masking;
import org.inspect.report.DisclosureInput;
import org.inspect.report.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disclosure lists from a snapshot, the privacy scan of every generated PDF, and verify-report. */
class DisclosureAndPrivacyTest {

    private static final Pattern ID = Pattern.compile("(?<![0-9Xx])[0-9]{17}[0-9Xx](?![0-9Xx])");

    private final StoredCity city = StoredCity.get();

    @TempDir
    Path out;

    private Set<String> strings(String sql) {
        return city.withDb(db -> {
            Set<String> s = new HashSet<>();
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return s;
        });
    }

    private static List<Path> pdfs(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyTownshipWithRecipientsIsListedAndEachListedPersonOnce() {
        Set<String> townships = strings("SELECT h.county_code || '-' || h.township FROM assistance_case a "
                + "JOIN household h ON h.snapshot_id = a.snapshot_id AND h.household_id = a.household_id "
                + "WHERE a.decision = 'APPROVED' AND a.program IN ('DIBAO', 'TEKUN')");
        DisclosureInput in = city.withDb(db -> new DisclosureData(db).assemble(
                new org.inspect.store.Snapshots(db).activeId(StoredCity.LABEL), null, CampaignSettings.on(org.inspect.testing.TestSettings.PROJECT, java.time.LocalDate.of(2019, 3, 15)), false)
                .input());
        Set<String> listed = new HashSet<>();
        in.rows().stream().filter(r -> r.listing() != DisclosureInput.Listing.REGISTERED_POOR)
                .forEach(r -> listed.add(r.countyCode() + "-" + r.township()));
        assertTrue(!listed.isEmpty() && townships.containsAll(listed), listed + " vs " + townships);
        Set<String> approvedOnly = strings("SELECT a.applicant_id_number FROM assistance_case a WHERE a.program = 'DIBAO' "
                + "AND a.decision = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM assistance_case t WHERE t.snapshot_id = "
                + "a.snapshot_id AND t.household_id = a.household_id AND t.program = 'DIBAO' AND t.decision = 'TERMINATED')");
        Set<String> dibao = new HashSet<>();
        in.rows().stream().filter(r -> r.listing() == DisclosureInput.Listing.DIBAO).forEach(r -> dibao.add(r.idNumber()));
        assertEquals(approvedOnly, dibao, "every household whose dibao was approved and not ended is listed");
        Set<String> keys = new HashSet<>();
        in.rows().forEach(r -> assertTrue(keys.add(r.listing() + r.idNumber()), "listed once: " + r));
        assertTrue(in.rows().stream().anyMatch(r -> r.listing() == DisclosureInput.Listing.REGISTERED_POOR));
    }

    @Test
    void aTownshipListPrintsMaskedNamesAndIdentityNumbers() {
        DisclosureInput.Row row = city.withDb(db -> new DisclosureData(db).assemble(
                new org.inspect.store.Snapshots(db).activeId(StoredCity.LABEL), null, CampaignSettings.on(org.inspect.testing.TestSettings.PROJECT, java.time.LocalDate.of(2019, 3, 15)), false)
                .input()).rows().get(0);
        Cli.Result r = city.cli.run("disclosure", "--township", row.township(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        Path file = out.resolve("disclosure-" + row.countyCode() + "-" + row.township() + ".pdf");
        assertTrue(r.out().contains(file.toString()), r.out());
        String text = PdfText.text(file);
        assertTrue(text.contains(Masking.idNumber(row.idNumber())), "masked identity number");
        assertFalse(text.contains(row.idNumber()));
        assertTrue(text.contains("低保对象") && text.contains("建档立卡贫困人口"), text);
    }

    @Test
    void fullDataListsPrintNamesForOneTownship() {
        String township = strings("SELECT h.township FROM assistance_case a JOIN household h ON "
                + "h.snapshot_id = a.snapshot_id AND h.household_id = a.household_id WHERE a.decision = 'APPROVED' "
                + "AND a.program = 'DIBAO'").iterator().next();
        Cli.Result r = city.cli.run("disclosure", "--township", township, "--full-data", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<Path> files = pdfs(out);
        assertEquals(1, files.size(), files.toString());
        String text = PdfText.text(files.get(0));
        assertTrue(ID.matcher(text).find(), "full identity numbers with --full-data");
    }

    @Test
    void noGeneratedDocumentHoldsAnUnmaskedIdentityNumberOrFullName() {
        List<Path> files = pdfs(city.documents());
        assertTrue(files.size() > 10, files.toString());
        Set<String> names = new HashSet<>(strings("SELECT name FROM member"));
        names.addAll(strings("SELECT name FROM registered_poor"));
        names.addAll(strings("SELECT obligor_name FROM obligor"));
        // names of every length the rolls hold: two (李明), three, four (欧阳秀英)
        assertTrue(names.stream().anyMatch(n -> n.codePointCount(0, n.length()) == 2), "two-character names");
        assertTrue(names.stream().anyMatch(n -> n.codePointCount(0, n.length()) == 4), "four-character names");
        // inspectors are officials and printed by name; the demo draws them from the same name pool
        // (and a two-character name inside an inspector's full name, 王德 in 王德福, is no leak either)
        Set<String> inspectors = strings("SELECT name FROM inspector");
        names.removeIf(n -> inspectors.stream().anyMatch(i -> i.contains(n)));
        assertTrue(names.size() > 100, "names to look for");
        List<String> leaks = new ArrayList<>();
        for (Path f : files) {
            String text = PdfText.text(f).replace("\n", "");
            Matcher m = ID.matcher(text);
            while (m.find()) {
                leaks.add(f.getFileName() + ": " + m.group());
            }
            for (String n : names) {
                if (text.contains(n)) {
                    leaks.add(f.getFileName() + ": " + n);
                }
            }
        }
        assertEquals(List.of(), leaks);
        String report = PdfText.text(city.sampleReport());
        assertTrue(report.contains(Masking.name(names.iterator().next()).substring(0, 1)), "names appear masked");
    }

    @Test
    void verifyReportTellsAlteredMissingAndUnlistedFiles() throws IOException {
        Path copy = out.resolve("reports");
        copyTree(city.documents().resolve("notices"), copy);
        Cli.Result intact = city.cli.run("verify-report", copy.toString());
        assertEquals(0, intact.exitCode(), intact::toString);
        assertTrue(intact.out().contains("intact") || intact.out().contains("完好"), intact.out());

        Path combined = copy.resolve("notices-combined.pdf");
        byte[] bytes = Files.readAllBytes(combined);
        bytes[bytes.length / 2] ^= 1;
        Files.write(combined, bytes);
        Path some = pdfs(copy).stream().filter(p -> !p.equals(combined)).findFirst().orElseThrow();
        Files.delete(some);
        Files.writeString(copy.resolve("forged.pdf"), "%PDF-1.7");
        Cli.Result bad = city.cli.run("verify-report", out.toString());
        assertEquals(6, bad.exitCode(), bad::toString);
        assertTrue(bad.out().contains(combined.toString()), bad.out());
        assertTrue(bad.out().contains(some.toString()), bad.out());
        assertTrue(bad.out().contains("forged.pdf"), bad.out());
    }

    @Test
    void verifyReportWithoutManifestIsNotFound() {
        Cli.Result r = city.cli.run("verify-report", out.toString());
        assertEquals(4, r.exitCode(), r::toString);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
