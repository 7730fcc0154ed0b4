package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspect.error.ExitCodes;
import org.inspect.testing.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's workflow under a Chinese locale, on a small demo city: the terminal shows no English word (any run
 * of ASCII letters must be a path, file name, option, command, id or product name), counties are taken by name
 * everywhere, and the hints name the right next command.
 */
class ChineseWorkflowTest {

    @TempDir
    static Path work;

    static Locale saved;
    static Cli cli;
    static String demoOut;

    @BeforeAll
    static void demoInChinese() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of("-XX:TieredStopAtLevel=1",
                "-Duser.language=zh", "-Duser.country=CN"), "--data", "data", "demo", "--households", "400"))
                .directory(work.toFile()).redirectErrorStream(true);
        pb.redirectOutput(work.resolve("demo.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "demo did not finish");
        demoOut = Files.readString(work.resolve("demo.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), demoOut);
        saved = Locale.getDefault();
        Locale.setDefault(Locale.CHINA);
        cli = new Cli(work.resolve("data"));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    /** What may be written in ASCII letters under a Chinese locale. */
    private static final Pattern ALLOWED = Pattern.compile(String.join("|",
            "“[^”]*”", "\"[^\"]*\"", // quoted values: the user's own
            "\\binspect(\\s+[a-z][a-z-]*)*", "\\brectify\\s+[a-z]+", // command lines and verbs
            "--?[A-Za-z][\\w-]*(=\\S+)?", "\\[-[A-Za-z]+]", // options
            "[^\\s，。；：（）“”]*[/\\\\][^\\s，。；：（）“”]*", // paths
            "[^\\s，。；：（）“”:]*\\.(csv|xlsx|pdf|json|sha256|properties|txt)\\b", // file names
            "\\b[\\w-]*\\d[\\w-]*\\b", // ids with digits: case ids, hashes, SHA-256, plan names
            "\\$?INSPECT_\\w+", "\\b[a-z]+(\\.[a-z]+)+\\b", // environment variables, settings keys
            "\\b[a-z]+(_[a-z]+)+\\b", // the rolls' column names (head_id_number)
            "工具版本 dev", // the version when run from classes rather than the jar
            "\\b(Excel|PDF|CSV|JSON|JDBC|PostgreSQL|HSQLDB|Clopper-Pearson|default|recheck)\\b",
            Pattern.quote(System.getProperty("user.name")))); // who recorded an event

    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");

    /** Fails on a word of English in {@code text}, once the allowed tokens are taken out. */
    static void assertNoEnglish(String what, String text) {
        assertTrue(text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), what + ": no Chinese at all:\n"
                + text);
        for (String line : text.split("\n")) {
            Matcher m = ENGLISH.matcher(ALLOWED.matcher(line).replaceAll(" "));
            if (m.find()) {
                fail(what + ": English \"" + m.group() + "\" in \"" + line + "\"\n" + text);
            }
        }
    }

    private static Cli.Result ok(String... args) {
        Cli.Result r = cli.run(args);
        assertEquals(ExitCodes.OK, r.exitCode(), String.join(" ", args) + "\n" + r);
        assertNoEnglish(String.join(" ", args), r.out() + "\n" + r.err());
        return r;
    }

    @Test
    void theDemoSaysEverythingInChinese() {
        assertNoEnglish("demo", demoOut);
        assertFalse(demoOut.contains("县区"), demoOut);
    }

    @Test
    void theCommandsOfTheWorkflowSayEverythingInChinese() {
        ok("snapshots");
        ok("jobs", "--limit", "5");
        ok("sample", "show");
        ok("sample", "show", "1");
        ok("verify-sample", "1");
        ok("findings", "--run", "1", "--county", "泰山区");
        ok("notices", "--list");
        ok("rectify", "list", "--county", "泰山区");
        ok("rectify", "show", "1");
        ok("rectify", "history", "1");
        ok("rectify", "audit");
        ok("standards");
        // every item's history: reconcile notes name the cases in words (低保 批准), not DIBAO APPROVED
        Matcher items = Pattern.compile("(?m)^#(\\d+)").matcher(ok("rectify", "list").out());
        while (items.find()) {
            ok("rectify", "history", items.group(1));
        }
        ok("plan", "--confidence", "95%", "--tolerable", "5%", "--expected", "0");
        Cli.Result imported = ok("import", "--dir", work.resolve("data/demo-input/2019-04").toString(), "--snapshot",
                "2019-05");
        assertTrue(imported.out().contains("家庭成员"), imported.toString());
    }

    @Test
    void sampleHelpHasNoPicocliWarning() {
        Cli.Result r = cli.run("sample", "--help");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertFalse((r.out() + r.err()).contains("picocli"), r.toString());
        assertTrue(r.out().contains("（如 20%）"), r.toString());
    }

    @Test
    void aSamplesCheckPointsAtTheReportWithThatSample() {
        Cli.Result r = ok("check", "--sample", "1");
        Matcher run = Pattern.compile("检查批次 (\\d+)").matcher(r.out());
        assertTrue(run.find(), r.toString());
        assertTrue(r.err().contains("inspect report --run " + run.group(1) + " --sample 1"), r.toString());
    }

    @Test
    void aRefusedMoveNamesTheStateInWords() {
        Cli.Result list = cli.run("rectify", "list", "--state", "待整改");
        Matcher item = Pattern.compile("#(\\d+)").matcher(list.out());
        assertTrue(item.find(), list.toString());
        Cli.Result r = cli.run("rectify", "accept", item.group(1), "--note", "复核");
        assertEquals(ExitCodes.CONFLICT, r.exitCode(), r.toString());
        assertNoEnglish("refused accept", r.out() + r.err());
        assertFalse(r.err().contains("ISSUED"), r.toString());
    }

    @Test
    void aCsvRenamedXlsxIsToldToBeSavedAsAWorkbook() throws Exception {
        Path ledgers = Files.createDirectories(work.resolve("renamed"));
        Files.writeString(ledgers.resolve("整改台账-370902-泰山区.xlsx"), "事项,整改措施\n1,已入户核查\n");
        Cli.Result r = cli.run("rectify", "import", ledgers.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue((r.out() + r.err()).contains("另存为 Excel 工作簿"), r.toString());
        assertNoEnglish("rectify import of a CSV", r.out() + r.err());

        Path rolls = work.resolve("renamed-rolls");
        try (Stream<Path> files = Files.list(work.resolve("data/demo-input/2019-04"))) {
            Files.createDirectories(rolls);
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace("members.csv", "members.xlsx");
                Files.copy(f, rolls.resolve(name));
            }
        }
        Cli.Result roll = cli.run("import", "--dir", rolls.toString(), "--snapshot", "2019-06");
        assertEquals(ExitCodes.BAD_INPUT, roll.exitCode(), roll.toString());
        assertTrue(roll.err().contains("另存为 Excel 工作簿"), roll.toString());
        assertNoEnglish("import of a CSV named .xlsx", roll.out() + roll.err());
    }

    @Test
    void everyCountyOptionTakesTheNameAsWellAsTheCode() throws Exception {
        Cli.Result byCode = ok("rectify", "list", "--county", "370911");
        Cli.Result byName = ok("rectify", "list", "--county", "岱岳区");
        assertEquals(byCode.out(), byName.out());
        assertFalse(byName.out().contains("共 0 项"), byName.toString());

        Cli.Result ledger = ok("rectify", "ledger", "--county", "岱岳区", "--out", work.resolve("one").toString());
        assertFalse(ledger.out().contains("没有未销号事项"), ledger.toString());
        try (Stream<Path> files = Files.list(work.resolve("one"))) {
            assertEquals(List.of("整改台账-370911-岱岳区.xlsx"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(ok("findings", "--run", "1", "--county", "370911").out(),
                ok("findings", "--run", "1", "--county", "岱岳区").out());
    }

    @Test
    void anUnknownCountyIsAnErrorListingTheCounties() {
        for (List<String> command : List.of(List.of("rectify", "list"), List.of("rectify", "ledger", "--out",
                work.resolve("none").toString()), List.of("findings"), List.of("focus"))) {
            String[] args = Stream.concat(command.stream(), Stream.of("--county", "泰山县")).toArray(String[]::new);
            Cli.Result r = cli.run(args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), command + "\n" + r);
            assertTrue(r.err().contains("泰山县") && r.err().contains("370902 泰山区"), command + "\n" + r);
        }
    }
}
