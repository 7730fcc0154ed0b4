package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspect.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole demo on a small city, in its own JVM and working folder (the documents go to ./reports): every
 * planted anomaly found, both months imported and compared, the documents written, and the lines of the
 * documents written meanwhile printed after the comparison's, not interleaved with them.
 */
class DemoCommandTest {

    @TempDir
    Path work;

    @Test
    void runsThePipelineAndPrintsTheOverlappedStepsInOrder() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of("-XX:TieredStopAtLevel=1",
                "-Duser.language=en"), "--data", "data", "demo", "--households", "600", "-v")).directory(work.toFile());
        pb.redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        Process p = pb.start();
        // a guard against a hung demo, not a speed test: the demo now also runs the rectification round
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "demo did not finish");
        String out = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out + err);

        Matcher key = Pattern.compile("Planted anomalies found by the check: (\\d+) of (\\d+); "
                + "findings not in the answer key: 0\\.").matcher(out);
        assertTrue(key.find(), out);
        assertEquals(key.group(2), key.group(1));
        assertTrue(Integer.parseInt(key.group(2)) > 0, out);

        List<String> order = List.of("Snapshot 2019-03 imported", "Check run 1 on snapshot 2019-03",
                "Sample run 1 on snapshot 2019-03", "Compare run 1 on snapshot 2019-03", "Snapshot 2019-04 imported",
                "Compare run 2 on snapshot 2019-04", "feedback forms (masked) to reports/compare-2019-04/feedback",
                "泰民救整〔2019〕1号", "Documents written to");
        int at = -1;
        for (String line : order) {
            int next = out.indexOf(line);
            assertTrue(next > at, "\"" + line + "\" missing or out of order in:\n" + out);
            at = next;
        }
        assertTrue(out.contains("Rectification items by state: "), out);
        assertTrue(out.contains("Month two (2019-04, as of 2019-04-01): 2 counties held no March temporary-assistance"
                + " drive (rule NO_TEMPORARY_DRIVE): 东平县、泰山景区. Planted: 2; the rule and the answer key agree."), out);
        assertTrue(out.contains("The reconcile found exactly the planted contradictions"), out);
        assertTrue(out.contains("Re-inspection sample (复查抽样) run ") && out.contains("verified (inspect verify-sample)"),
                out);
        for (String stage : List.of("open the database", "import 2019-03", "disclosure lists", "report and notices",
                "compare month on month")) {
            assertTrue(err.contains("[demo] " + stage), "no timing of " + stage + " in:\n" + err);
        }

        Path reports = work.resolve("reports");
        assertTrue(Files.isRegularFile(reports.resolve("report-run1-sample1.pdf")));
        assertTrue(Files.isRegularFile(reports.resolve("bulletin-2019-04-30.pdf")));
        assertTrue(Files.isRegularFile(reports.resolve("notices").resolve("notices-combined.pdf")));
        assertTrue(Files.isRegularFile(reports.resolve("compare-2019-04").resolve("feedback")
                .resolve("feedback-370902.pdf")));
        assertTrue(Files.notExists(reports.resolve("compare-2019-03")), "month one's lists are not written");
        try (Stream<Path> lists = Files.list(reports.resolve("disclosure"))) {
            assertTrue(lists.anyMatch(f -> f.getFileName().toString().endsWith(".pdf")));
        }
        everyDocumentIsOfTheCampaignsYearAndHasNoCode(reports);
    }

    /** Internal codes and command lines a county should never read on paper (issue 23). */
    static final List<String> CODES = List.of("FINANCIAL_ASSET_MONTHS", "MARGINAL_FACTOR", "NON_FINANCIAL_ASSET_LIMIT",
            "全市默认", "focus-households", "inspect ", "rectify confirm", "rectify list", "--overdue", "ISSUED",
            "RESPONDED", "CONTESTED", "CLOSED", "WITHDRAWN", "REOPENED", "DIBAO", "TEKUN", "APPROVED",
            "standards.csv", "exclusion-criteria", "本乡镇（街道）", "你县（市、区）");

    /**
     * Every PDF the demo wrote (report, notices, disclosure lists, bulletin, feedback forms): every date of 2019,
     * the campaign's year, whatever the computer's clock says (a finding may cite a decision of the look-back
     * year before, 2018), and no code of the list.
     */
    private static void everyDocumentIsOfTheCampaignsYearAndHasNoCode(Path reports) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> all = Files.walk(reports)) {
            pdfs = all.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(pdfs.size() > 10, pdfs::toString);
        Pattern year = Pattern.compile("(?<![0-9])(\\d{4})\\s*(?:年|-\\d{1,2}-\\d{1,2}|/\\d{1,2}/)");
        Pattern word = Pattern.compile("(?<![A-Za-z_])default(?![A-Za-z_])");
        for (Path pdf : pdfs) {
            String text = org.inspect.report.PdfText.text(pdf);
            Matcher m = year.matcher(text);
            while (m.find()) {
                assertTrue(m.group(1).equals("2019") || m.group(1).equals("2018"),
                        reports.relativize(pdf) + ": " + m.group());
            }
            for (String code : CODES) {
                assertTrue(!text.contains(code), reports.relativize(pdf) + " prints " + code);
            }
            assertTrue(!word.matcher(text).find(), reports.relativize(pdf) + " prints a plan id");
        }
    }
}
