package org.inspect.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.report.PdfText;
import org.inspect.store.Database;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names of two, three and four characters (李明, 王秀英, 欧阳明华) never appear unmasked in any document kind of a
 * check run, also after its snapshot has been re-imported with other people, and the run's documents print what
 * they printed before the re-import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReimportLeakTest {

    private static final Pattern ID = Pattern.compile("(?<![0-9Xx])[0-9]{17}[0-9Xx](?![0-9Xx])");

    private Path tmp;

    private Cli cli;
    private Set<String> firstNames;
    private String reportBefore;
    private String findingsBefore;

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    @BeforeAll
    void importCheckReimport(@TempDir Path dir) {
        tmp = dir;
        Path one = tmp.resolve("one");
        DemoCity.write(one, tmp.resolve("planted-one.csv"), DemoOptions.defaults().withHouseholds(400).withSeed(11));
        cli = new Cli(tmp.resolve("data"));
        ok(cli.run("import", "--dir", one.toString(), "--snapshot", "2019-03", "--as-of", "2019-03-01"));
        ok(cli.run("check", "--all", "--snapshot", "2019-03", "--as-of", "2019-03-01"));
        firstNames = names();
        // the notices first: a report shows the rectification progress once they exist, and a test below
        // re-issues them (which keeps their numbers and items)
        ok(cli.run("notices", "--run", "1", "--days", "30", "--out", tmp.resolve("notices-before").toString()));
        ok(cli.run("report", "--run", "1", "--out", tmp.resolve("before").toString()));
        reportBefore = PdfText.text(only(tmp.resolve("before"), "report"));
        Cli.Result f = cli.run("findings", "--run", "1");
        ok(f);
        findingsBefore = f.out();
        ok(cli.run("sample", "--plan", "default", "--seed-text", "2019-03-01 福彩3D 第2019056期 开奖号 407",
                "--snapshot", "2019-03"));
        ok(cli.run("compare", "--snapshot", "2019-03", "--as-of", "2019-03-01"));

        // a corrected roll: other people in the same label
        Path two = tmp.resolve("two");
        DemoCity.write(two, tmp.resolve("planted-two.csv"), DemoOptions.defaults().withHouseholds(400).withSeed(12));
        ok(cli.run("import", "--dir", two.toString(), "--snapshot", "2019-03", "--as-of", "2019-03-01", "--replace"));
    }

    /** The names of version 1 of the snapshot, but the inspectors' (officials, printed by name). */
    private Set<String> names() {
        try (Database db = Database.open(tmp.resolve("data"))) {
            Set<String> names = new HashSet<>();
            for (String sql : List.of("SELECT name FROM member WHERE snapshot_id = 1",
                    "SELECT obligor_name FROM obligor WHERE snapshot_id = 1",
                    "SELECT name FROM registered_poor WHERE snapshot_id = 1")) {
                Tables.rows(db, sql, null).forEach(r -> names.add(r.substring(0, r.length() - 1)));
            }
            // inspectors are officials printed by name (a two-character name inside one, 王德 in 王德福, is no leak)
            List<String> inspectors = Tables.rows(db, "SELECT name FROM inspector", null).stream()
                    .map(r -> r.substring(0, r.length() - 1)).toList();
            names.removeIf(n -> inspectors.stream().anyMatch(i -> i.contains(n)));
            return names;
        }
    }

    private static Path only(Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".pdf"))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".sha256")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path f) {
        try {
            if (f.toString().endsWith(".xlsx")) {
                return xlsxText(f);
            }
            return f.toString().endsWith(".pdf") ? PdfText.text(f) : Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of a workbook (the report's and notices' annexes), as text. */
    private static String xlsxText(Path f) throws IOException {
        StringBuilder sb = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(f.toFile())) {
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> sb.append(fmt.formatCellValue(cell)).append('\n'))));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(f + ": " + e.getMessage(), e);
        }
        return sb.toString();
    }

    @Test
    void theScanLooksForNamesOfTwoThreeAndFourCharacters() {
        Map<Integer, Long> byLength = new TreeMap<>();
        firstNames.forEach(n -> byLength.merge(n.codePointCount(0, n.length()), 1L, Long::sum));
        assertTrue(byLength.getOrDefault(2, 0L) > 5 && byLength.getOrDefault(3, 0L) > 100
                && byLength.getOrDefault(4, 0L) > 5, byLength.toString());
    }

    @Test
    void noDocumentOfTheOldRunShowsAFullNameAfterTheReimport() {
        Path out = tmp.resolve("after");
        ok(cli.run("report", "--run", "1", "--out", out.resolve("report").toString()));
        ok(cli.run("notices", "--run", "1", "--days", "30", "--out", out.resolve("notices").toString()));
        ok(cli.run("findings", "--run", "1", "--format", "csv", "--out", out.resolve("findings.csv").toString()));
        ok(cli.run("sample", "show", "1", "--export", out.resolve("sample").toString()));
        ok(cli.run("compare", "--run", "1", "--out", out.resolve("compare").toString()));
        ok(cli.run("disclosure", "--snapshot", "2019-03", "--out", out.resolve("disclosure").toString()));
        Cli.Result table = cli.run("findings", "--run", "1");
        ok(table);
        List<String> leaks = new ArrayList<>();
        // the compare lists (CSV) go back to the poverty office with full names by design; its forms are scanned
        for (Path f : files(out)) {
            if (f.startsWith(out.resolve("compare")) && !f.toString().endsWith(".pdf")) {
                continue;
            }
            scan(f.getFileName().toString(), text(f), leaks);
        }
        scan("findings table", table.out(), leaks);
        assertEquals(List.of(), leaks);
    }

    private void scan(String where, String text, List<String> leaks) {
        String flat = text.replaceAll("\\s+", "");
        // white space is dropped so that a number broken over lines is still found; digits of neighbouring cells
        // then run together, so only a valid identity number (the import refuses any other) counts as a leak
        ID.matcher(flat).results().map(m -> m.group())
                .filter(id -> org.inspect.model.IdNumber.tryParse(id).isPresent())
                .forEach(id -> leaks.add(where + ": id number " + id));
        for (String n : firstNames) {
            if (flat.contains(n)) {
                leaks.add(where + ": " + n);
            }
        }
    }

    @Test
    void theOldRunPrintsWhatItPrintedBefore() {
        ok(cli.run("report", "--run", "1", "--out", tmp.resolve("again").toString()));
        assertEquals(reportBefore, PdfText.text(only(tmp.resolve("again"), "report")));
        Cli.Result f = cli.run("findings", "--run", "1");
        ok(f);
        assertEquals(findingsBefore, f.out());
    }

    @Test
    void aSampleThatNoLongerVerifiesIsNotReportedUnlessAllowedAndThenTheCoverSaysSo() {
        Cli.Result refused = cli.run("report", "--run", "1", "--sample", "1", "--out", tmp.resolve("s").toString());
        assertEquals(6, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("verify-sample 1"), refused.err());
        ok(cli.run("report", "--run", "1", "--sample", "1", "--allow-unverified", "--out",
                tmp.resolve("s").toString()));
        String cover = org.inspect.report.PdfText.pages(only(tmp.resolve("s"), "report")).get(0).replaceAll("\\s+", "");
        assertTrue(cover.contains("已不能通过核验"), cover);
    }
}
