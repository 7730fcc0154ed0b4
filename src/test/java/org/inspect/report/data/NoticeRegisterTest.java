package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.inspect.check.FindingStore;
import org.inspect.check.StoredFinding;
import org.inspect.cli.Cli;
import org.inspect.model.Counties;
import org.inspect.rectification.Item;
import org.inspect.rectification.RectificationStore;
import org.inspect.rectification.State;
import org.inspect.report.PdfText;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "a finding keeps its identity; an issued notice never changes": verdicts and items carried over to a
 * later check run, re-issue writing nothing, supplementary notices, the register of issued documents and
 * verify-report against it.
 */
class NoticeRegisterTest {

    private final StoredCity city = StoredCity.get();

    private Path notices() {
        return city.documents().resolve("notices");
    }

    /** Every file of a folder with its SHA-256, computed here (not with the toolkit's own hashing). */
    private static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Item> items() {
        return city.withDb(db -> new RectificationStore(db).items(null));
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static String fileOf(String county) {
        return "notice-" + county + "-" + Counties.name(county) + ".pdf";
    }

    @Test
    void reissueAfterADismissalWritesNothingAndTheIssuedFileKeepsItsHash() {
        Map<String, String> before = hashes(notices());
        Item item = items().get(0);
        ok(city.cli.run("finding", "dismiss", Long.toString(item.findingId()), "--reason", "入户核实为误报"));

        Cli.Result again = city.cli.run("notices", "--run", Long.toString(city.allRun), "--days", "45", "--out",
                notices().toString());
        ok(again);
        assertTrue(again.out().contains(item.noticeNumber()), again.out());
        assertEquals(before, hashes(notices()), "no file written, rewritten or added");
        assertEquals(State.WITHDRAWN, city.withDb(db -> new RectificationStore(db).item(item.id())).state(),
                "the dismissed problem's item is withdrawn through its history");
    }

    @Test
    void aSupplementaryNoticeListsOnlyTheNewProblemAndNamesTheNoticeItSupplements() {
        Map<String, String> before = hashes(notices());
        // a problem found since in a county that has its notice: a copy of one of its findings about another case
        Item named = items().get(0);
        String county = named.countyCode();
        String original = named.noticeNumber();
        int issuedBefore = (int) items().stream().map(Item::noticeNumber).distinct().count();
        long newFinding = city.withDb(db -> {
            try (var c = db.connection(); var ps = c.prepareStatement("INSERT INTO finding (check_run_id, "
                    + "finding_key, subject, rule, criterion, county_code, household_id, case_id, id_number, severity, "
                    + "clause, detail, evidence, person_names) SELECT check_run_id, finding_key || '-2', subject, rule, "
                    + "criterion, county_code, household_id, COALESCE(case_id, 'C') || '-2', id_number, severity, clause, detail, "
                    + "evidence, person_names FROM finding WHERE id = ?")) {
                ps.setLong(1, named.findingId());
                ps.executeUpdate();
                return NoticesFromDatabaseTest.count(db, "SELECT MAX(id) FROM finding");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        Cli.Result r = city.cli.run("notices", "--run", Long.toString(city.allRun), "--days", "45", "--out",
                notices().toString());
        ok(r);
        String number = "泰民救整〔2019〕" + (issuedBefore + 1) + "号";
        assertTrue(r.out().contains(number), r.out());
        Path file = notices().resolve("notice-" + county + "-" + Counties.name(county) + "-" + (issuedBefore + 1)
                + ".pdf");
        assertTrue(Files.exists(file), file.toString());
        String text = PdfText.text(file).replace("\n", "");
        assertTrue(text.contains("补充整改通知书"), text);
        assertTrue(text.contains("本通知书是对" + original + "整改通知书的补充"), text);
        assertTrue(text.contains("存在以下问题共 1 条"), text);
        Map<String, String> after = hashes(notices());
        before.forEach((name, hash) -> {
            if (!name.equals("manifest.sha256")) {
                assertEquals(hash, after.get(name), name + " unchanged");
            }
        });
        Item added = items().stream().filter(i -> i.findingId() == newFinding).findFirst().orElseThrow();
        assertEquals(number, added.noticeNumber());
        assertEquals(1, items().stream().filter(i -> i.noticeNumber().equals(number)).count());

        Cli.Result list = city.cli.run("notices", "--list");
        ok(list);
        String line = list.out().lines().filter(l -> l.contains(number)).findFirst().orElseThrow();
        assertTrue(line.contains(original), line);
        assertTrue(line.contains(sha256(read(file))), line);
    }

    @Test
    void aCorrectionIsANewDocumentThatNamesTheNoticeItCorrectsAndLeavesItAsIssued() {
        Map<String, String> before = hashes(notices());
        // a county whose notice names several problems; one of them is dismissed after issue
        Map<String, List<Item>> byNotice = items().stream().collect(java.util.stream.Collectors.groupingBy(
                Item::noticeNumber));
        List<Item> ofNotice = byNotice.values().stream().filter(l -> l.size() >= 3).findFirst().orElseThrow();
        String number = ofNotice.get(0).noticeNumber();
        String county = ofNotice.get(0).countyCode();
        int issuedBefore = byNotice.size();
        ok(city.cli.run("finding", "dismiss", Long.toString(ofNotice.get(0).findingId()), "--reason", "重复统计"));

        Cli.Result r = city.cli.run("notices", "--correct", number, "--reason", "一条问题经核实为重复统计",
                "--out", notices().toString());
        ok(r);
        String correction = "泰民救整〔2019〕" + (issuedBefore + 1) + "号";
        assertTrue(r.out().contains(correction), r.out());
        Path file = notices().resolve("notice-" + county + "-" + Counties.name(county) + "-" + (issuedBefore + 1)
                + ".pdf");
        String text = PdfText.text(file).replace("\n", "");
        assertTrue(text.contains("更正整改通知书"), text);
        assertTrue(text.contains("本通知书更正" + number + "整改通知书"), text);
        assertTrue(text.contains("一条问题经核实为重复统计"), text);
        assertTrue(text.contains("存在以下问题共 " + (ofNotice.size() - 1) + " 条"), text);
        Map<String, String> after = hashes(notices());
        before.forEach((name, hash) -> {
            if (!name.equals("manifest.sha256")) {
                assertEquals(hash, after.get(name), name + " unchanged");
            }
        });
        String line = city.cli.run("notices", "--list").out().lines().filter(l -> l.startsWith(correction))
                .findFirst().orElseThrow();
        assertTrue(line.contains(number), line);
        assertTrue(line.contains(sha256(read(file))), line);
    }

    @Test
    void noticesListShowsNumberCountyDateItemsAndTheHashOfEachIssuedFile() {
        Cli.Result list = city.cli.run("notices", "--list");
        ok(list);
        List<NoticeIssuer.Issued> issued = city.withDb(db -> NoticeIssuer.recorded(db, city.allRun));
        assertFalse(issued.isEmpty());
        for (NoticeIssuer.Issued n : issued) {
            String line = list.out().lines().filter(l -> l.startsWith(n.number() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(n.number() + " not in\n" + list.out()));
            assertTrue(line.contains(Counties.name(n.countyCode())), line);
            assertTrue(line.contains(" " + n.items() + "  "), line);
            assertTrue(line.contains(sha256(read(notices().resolve(fileOf(n.countyCode()))))), line);
            assertTrue(line.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), line);
        }
    }

    @Test
    void verifyReportFindsAFileChangedAfterIssueEvenWhenItsManifestWasRewritten() throws IOException {
        ok(city.cli.run("verify-report", city.documents().toString()));
        String county = items().get(0).countyCode();
        Path file = notices().resolve(fileOf(county));
        Files.write(file, "%% altered\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        // the manifest rewritten to match, as whoever altered the file would
        Path manifest = notices().resolve("manifest.sha256");
        StringBuilder rewritten = new StringBuilder();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            rewritten.append(line.endsWith("  " + file.getFileName()) ? sha256(read(file)) + "  " + file.getFileName()
                    : line).append('\n');
        }
        Files.writeString(manifest, rewritten, StandardCharsets.UTF_8);

        Cli.Result r = city.cli.run("verify-report", city.documents().toString());
        assertEquals(6, r.exitCode(), r::toString);
        assertTrue(r.out().contains(file.getFileName().toString()), r.out());
        assertTrue(r.out().lines().filter(l -> l.contains(file.getFileName().toString())).count() >= 1);
    }

    @Test
    void verifyReportFindsAPublicListChangedAfterItWasWritten() throws IOException {
        Path lists = city.dir.resolve("lists");
        ok(city.cli.run("disclosure", "--out", lists.toString()));
        ok(city.cli.run("verify-report", lists.toString()));
        Path list;
        try (var files = Files.list(lists)) {
            list = files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        Files.write(list, "%% altered\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        Cli.Result r = city.cli.run("verify-report", lists.toString());
        assertEquals(6, r.exitCode(), r::toString);
        assertTrue(r.out().contains(list.getFileName().toString()), r.out());
    }

    @Test
    void aLaterCheckRunCarriesOverVerdictsAndItemsAndIssuesNothingNew() throws IOException {
        Item confirmedItem = items().get(0);
        Item dismissedItem = items().get(1);
        ok(city.cli.run("finding", "confirm", Long.toString(confirmedItem.findingId())));
        ok(city.cli.run("finding", "dismiss", Long.toString(dismissedItem.findingId()), "--reason", "误报"));

        ok(city.cli.run("check", "--all", "--snapshot", StoredCity.LABEL));
        long later = city.withDb(db -> new org.inspect.check.CheckRunStore(db).latestCompleted().id());
        assertTrue(later > city.sampleCheckRun);
        List<StoredFinding> findings = city.withDb(db -> new FindingStore(db)
                .list(new FindingStore.Query(later, null, null, true)));
        StoredFinding confirmed = findings.stream()
                .filter(sf -> FindingStore.key(sf.finding()).equals(confirmedItem.findingKey())).findFirst()
                .orElseThrow();
        StoredFinding dismissed = findings.stream()
                .filter(sf -> FindingStore.key(sf.finding()).equals(dismissedItem.findingKey())).findFirst()
                .orElseThrow();
        assertTrue(confirmed.id() != confirmedItem.findingId(), "a finding of the later run");
        assertEquals(StoredFinding.CONFIRMED, confirmed.verdict());
        assertEquals(StoredFinding.DISMISSED, dismissed.verdict());
        assertEquals("误报", dismissed.verdictReason());
        StoredFinding earlierDismissal = city.withDb(db -> new FindingStore(db).get(city.dismissedFinding));
        StoredFinding carried = findings.stream().filter(sf -> FindingStore.key(sf.finding())
                .equals(FindingStore.key(earlierDismissal.finding()))).findFirst().orElseThrow();
        assertEquals(StoredFinding.DISMISSED, carried.verdict(), "dismissed before any notice, still dismissed");

        Cli.Result table = city.cli.run("findings", "--run", Long.toString(later), "--include-dismissed");
        ok(table);
        String entry = table.out().lines().filter(l -> l.startsWith("#" + confirmed.id() + " ")).findFirst()
                .orElseThrow();
        assertTrue(entry.contains("item " + confirmedItem.id()) || entry.contains("整改事项 " + confirmedItem.id()),
                entry);
        assertTrue(entry.contains(confirmedItem.noticeNumber()), entry);

        Path csv = city.dir.resolve("later.csv");
        ok(city.cli.run("findings", "--run", Long.toString(later), "--include-dismissed", "--format", "csv",
                "--headers", "en", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).replace("\uFEFF", "").endsWith("verdict,verdict_reason,rect_item,rect_state"),
                lines.get(0));
        String row = lines.stream().filter(l -> l.startsWith(confirmed.id() + ",")).findFirst().orElseThrow();
        assertTrue(row.endsWith("," + confirmedItem.id() + ",issued"), row);
        String withdrawn = lines.stream().filter(l -> l.startsWith(dismissed.id() + ",")).findFirst().orElseThrow();
        assertTrue(withdrawn.endsWith("," + dismissedItem.id() + ",withdrawn"), withdrawn);

        Map<String, String> before = hashes(notices());
        Cli.Result r = city.cli.run("notices", "--run", Long.toString(later), "--days", "45", "--out",
                notices().toString());
        ok(r);
        assertEquals(before, hashes(notices()), "every problem of the later run is named already");
        assertTrue(city.withDb(db -> NoticeIssuer.recorded(db, later)).isEmpty());
        assertNotNull(r.out());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
