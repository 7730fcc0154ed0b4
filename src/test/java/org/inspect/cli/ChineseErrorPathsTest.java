package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's error paths under a Chinese locale (bad rows of every kind, wrong options, missing runs, no database,
 * a locked database) say everything in Chinese: the test fails on any English sentence left once file names,
 * codes, option and command names and quoted values are taken out.
 */
class ChineseErrorPathsTest {

    @TempDir
    static Path tmp;

    static Locale saved;
    static Cli cli;

    @BeforeAll
    static void chinese() throws IOException {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.CHINESE);
        cli = new Cli(tmp.resolve("data"));
        Cli.Result ok = cli.run("import", "--dir", RollFixture.write(tmp.resolve("good"), 8).toString(),
                "--snapshot", "2018-11");
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.toString());
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    /** Three words of English in a row, once the allowed tokens are taken out. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}[\\s,;:]+[A-Za-z]{2,}[\\s,;:]+[A-Za-z]{2,}");

    private static final Pattern ALLOWED = Pattern.compile(String.join("|",
            "“[^”]*”", "'[^']*'", "\"[^\"]*\"", // quoted values
            "inspect(\\s+[a-z][a-z-]*)*", // command lines
            "--?[A-Za-z][\\w-]*(=\\S+)?", // options
            "[\\w.-]*[/\\\\][^\\s，。；：）]*", // paths
            "[\\w-]+\\.(csv|xlsx|pdf|json|properties|txt)", // file names
            "\\b[A-Z][A-Z0-9_<>]+\\b", // codes
            "\\b(true|false|or|yyyy|MM|dd|M|d)\\b"));

    static void assertChinese(Cli.Result r) {
        String all = r.out() + "\n" + r.err();
        assertTrue(all.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), "no Chinese at all:\n" + r);
        for (String line : all.split("\n")) {
            String stripped = ALLOWED.matcher(line).replaceAll(" ");
            Matcher m = ENGLISH.matcher(stripped);
            if (m.find()) {
                fail("English in \"" + line + "\": " + m.group() + "\n" + r);
            }
        }
    }

    @Test
    void badRowsOfEveryKindAreToldInChinese() throws IOException {
        Path dir = RollFixture.write(tmp.resolve("bad"), 8);
        String id0 = RollFixture.id("370902", LocalDate.of(1950, 1, 1), 1);
        replaceFirst(dir.resolve("members.csv"), ",王0,HEAD,", ",王0,BOSS,");
        replaceFirst(dir.resolve("members.csv"), ",李1,配偶,,,有,否,否", ",李1,配偶,9,,有,也许,否");
        replaceFirst(dir.resolve("households.csv"), "H0000002,370921", "H0000002,37092X");
        replaceFirst(dir.resolve("households.csv"), "H0000003,370923", "H0000001,370923");
        replaceFirst(dir.resolve("cases.csv"), "2018-09-01,REJECTED", "2018-02-30,REJECTED");
        replaceFirst(dir.resolve("cases.csv"), "2018-09-01,APPROVED,2018-11-01", "2018-09-01,APPROVED,2018年13月1日");
        replaceFirst(dir.resolve("incomes.csv"), ",WAGE,", ",WAGE,1,2");
        replaceFirst(dir.resolve("registered_poor.csv"), "NOT_LIFTED", "LOST");
        String members = Files.readString(dir.resolve("members.csv"));
        String badId = id0.substring(0, 17) + (id0.charAt(17) == '1' ? '2' : '1');
        Files.writeString(dir.resolve("members.csv"), members.replaceFirst(id0 + ",王0", badId + ",王0")
                .replace("state_funded", "state_funded,备注") + "H9999999,12345,张三,HEAD,,,FULL,N,N\n");
        Files.writeString(dir.resolve("assets.csv"), "household_id,type,value_yuan\nH0000000,HOUSE,1.000,00\n");
        Cli.Result r = cli.run("import", "--dir", dir.toString(), "--snapshot", "2018-12");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("校验位应为"), r.toString());
        assertTrue(r.err().contains("日期 2018-02-30 不存在"), r.toString());
        assertTrue(r.err().contains("未知列“备注”"), r.toString());
        assertChinese(r);
        Cli.Result skipped = cli.run("import", "--dir", dir.toString(), "--snapshot", "2018-12", "--skip-invalid",
                "--rejects", tmp.resolve("rejects.csv").toString());
        assertChinese(skipped);
        String rejects = Files.readString(tmp.resolve("rejects.csv"));
        assertTrue(rejects.startsWith("\uFEFF文件,行号,原因"), rejects);
        assertTrue(rejects.contains("因家庭"), rejects);
    }

    @Test
    void anIdentityNumberStoredAsANumberInAWorkbookGetsItsOwnMessage() throws IOException {
        Path dir = RollFixture.write(tmp.resolve("xlsx"), 4);
        List<String> lines = Files.readAllLines(dir.resolve("members.csv"));
        Files.delete(dir.resolve("members.csv"));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("members.xlsx"))) {
            XSSFSheet s = wb.createSheet();
            for (int i = 0; i < lines.size(); i++) {
                XSSFRow row = s.createRow(i);
                String[] cells = lines.get(i).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (i == 3 && c == 1) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c])); // Excel's 3.70902E+17
                    } else {
                        row.createCell(c).setCellValue(i == 0 && c == 1 ? "身份证号" : cells[c]);
                    }
                }
            }
            wb.write(out);
        }
        Cli.Result r = cli.run("import", "--dir", dir.toString(), "--snapshot", "2018-10");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("members.xlsx:4:B（身份证号）"), r.toString());
        assertTrue(r.err().contains("以数字形式保存"), r.toString());
        assertChinese(r);
    }

    @Test
    void aCsvRenamedXlsxIsToldToBeSavedAsAnExcelWorkbook() throws IOException {
        Path dir = RollFixture.write(tmp.resolve("renamed"), 4);
        Files.move(dir.resolve("members.csv"), dir.resolve("members.xlsx"));
        Cli.Result r = cli.run("import", "--dir", dir.toString(), "--snapshot", "renamed");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("members.xlsx 不是 Excel 工作簿") && r.err().contains("请另存为 Excel 工作簿"),
                r.err());
        assertFalse(r.err().toLowerCase(java.util.Locale.ROOT).contains("bugzilla")
                || r.err().contains("OOXML") || r.err().contains("ZipSecureFile"), r.err());
    }

    @Test
    void wrongOptionsAreToldInChinese() {
        List<Cli.Result> results = new ArrayList<>();
        results.add(cli.run("chek"));
        results.add(cli.run("check", "--al"));
        results.add(cli.run("check"));
        results.add(cli.run("findings", "--run", "x"));
        results.add(cli.run("check", "--all", "--as-of", "2018-02-30"));
        results.add(cli.run("check", "--all", "--as-of", "yesterday"));
        results.add(cli.run("findings", "--county", "泰山"));
        results.add(cli.run("findings", "--headers", "fr"));
        results.add(cli.run("focus", "--county", "泰山"));
        results.add(cli.run("--data", "elsewhere", "snapshots"));
        for (Cli.Result r : results) {
            assertTrue(r.exitCode() == ExitCodes.USAGE || r.exitCode() == ExitCodes.BAD_INPUT
                    || r.exitCode() == ExitCodes.NOT_FOUND, r.toString());
            assertChinese(r);
        }
        assertTrue(results.get(0).err().contains("您是否要输入：check"), results.get(0).toString());
        assertTrue(results.get(4).err().contains("日期 2018-02-30 不存在"), results.get(4).toString());
        assertTrue(results.get(6).err().contains("370902 泰山区"), results.get(6).toString());
        assertTrue(results.get(8).err().contains("370902 泰山区"), "focus lists the counties: " + results.get(8));
        assertTrue(results.get(9).err().contains("选项 --data 给了两次"), results.get(9).toString());
    }

    @Test
    void missingRunsAreToldInChinese() {
        for (String[] args : List.of(new String[] {"verify-sample", "99"}, new String[] {"findings", "--run", "99"},
                new String[] {"report", "--run", "99"}, new String[] {"sample", "show", "99"},
                new String[] {"notices", "--run", "99"}, new String[] {"compare", "--run", "99"},
                new String[] {"restart", "99"}, new String[] {"findings"})) {
            Cli.Result r = cli.run(args);
            assertTrue(r.exitCode() == ExitCodes.NOT_FOUND || r.exitCode() == ExitCodes.BAD_INPUT, r.toString());
            assertChinese(r);
        }
    }

    @Test
    void aFolderWithoutADatabaseIsToldAndNotCreated() {
        Path empty = tmp.resolve("nothing-here");
        Cli.Result r = new Cli(empty).run("snapshots");
        assertEquals(ExitCodes.NOT_FOUND, r.exitCode(), r.toString());
        assertTrue(r.err().contains("没有数据库"), r.toString());
        assertChinese(r);
        assertTrue(!Files.exists(empty), "an empty database was created");
    }

    @Test
    void aLockedDatabaseIsToldInChinese() {
        if (org.inspect.testing.TestDatabases.postgres()) {
            // on a shared server the database is never held whole: the import of a label another process is
            // importing is refused
            Path dir = RollFixture.write(tmp.resolve("rolls"), 4);
            try (Database held = Database.open(tmp.resolve("locked"));
                    var lock = held.lock("snapshot 2019-03", false)) {
                Cli.Result r = new Cli(tmp.resolve("locked")).run("import", "--dir", dir.toString(), "--snapshot",
                        "2019-03");
                assertEquals(ExitCodes.CONFLICT, r.exitCode(), r.toString());
                assertTrue(r.err().contains("正被另一个 inspect 进程使用"), r.toString());
                assertChinese(r);
            }
            return;
        }
        try (Database held = Database.open(tmp.resolve("locked"))) {
            Cli.Result r = new Cli(tmp.resolve("locked")).run("snapshots");
            assertEquals(ExitCodes.CONFLICT, r.exitCode(), r.toString());
            assertTrue(r.err().contains("正被另一个 inspect 进程使用"), r.toString());
            assertChinese(r);
        }
    }

    private static void replaceFirst(Path f, String from, String to) throws IOException {
        String s = Files.readString(f);
        assertTrue(s.contains(from), f + " lacks " + from);
        Files.writeString(f, s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }
}
