package org.inspect.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.inspect.check.CheckRunStore;
import org.inspect.check.FindingStore;
import org.inspect.cli.Cli;
import org.inspect.model.Rule;
import org.inspect.store.Database;
import org.inspect.store.Snapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every list of the compare on two small built monthly rolls: a household per situation (uncovered, covered,
 * refused with a filed conclusion, lifted, unmatched, a poor household split over two civil-affairs households in
 * two counties, a household holding two poor households, recipients not on the roll), then month two with a
 * termination, a fix, a lifting, a removal and a new registration.
 */
class CompareListsTest {

    @TempDir
    static Path tmp;

    static Database db;
    static CompareStore store;
    static CompareRun march;
    static CompareRun april;
    static long checkRun;

    static Rolls monthOne() {
        return base().dibao("C02", "H02", 3, "APPROVED", false)
                .poor("P03", "NOT_LIFTED", 4).poor("P05", "NOT_LIFTED", 6);
    }

    static Rolls monthTwo() {
        return base().dibao("C02", "H02", 3, "TERMINATED", false).dibao("C01", "H01", 1, "APPROVED", false)
                .poor("P03", "LIFTED", 4).poor("P10", "NOT_LIFTED", 11);
    }

    /** What both months share. */
    static Rolls base() {
        return new Rolls()
                .household("H01", 1, 2).poor("P01", "NOT_LIFTED", 1, 2)
                .household("H02", 3).poor("P02", "NOT_LIFTED", 3)
                .household("H03", 4).dibao("C03", "H03", 4, "REJECTED", true)
                .household("H04", 5).poor("P04", "LIFTED", 5)
                .household("H06a", 7).dibao("C06", "H06a", 7, "APPROVED", false)
                .household("H06b", Rolls.OTHER_COUNTY, 8).poor("P06", "NOT_LIFTED", 7, 8)
                .household("H09", 9, 10).tekun("T09", "H09", 9).poor("P09a", "NOT_LIFTED", 9).poor("P09b", "NOT_LIFTED", 10)
                .household("H10", 11).dibao("C10", "H10", 11, "APPROVED", false)
                .household("H11", 12, 13).tekun("T11", "H11", 12)
                .household("H12", 14);
    }

    @BeforeAll
    static void compareTwoMonths() {
        Cli cli = new Cli(tmp.resolve("data"));
        ok(cli.run("import", "--dir", monthOne().write(tmp.resolve("m1")).toString(), "--snapshot", "2019-03",
                "--as-of", "2019-03-01"));
        ok(cli.run("import", "--dir", monthTwo().write(tmp.resolve("m2")).toString(), "--snapshot", "2019-04",
                "--as-of", "2019-04-01"));
        ok(cli.run("check", "--all", "--snapshot", "2019-03"));
        ok(cli.run("compare", "--snapshot", "2019-03"));
        Cli.Result r = cli.run("compare", "--snapshot", "2019-04", "--as-of", "2019-04-01", "--against", "2019-03",
                "--out", tmp.resolve("out").toString());
        ok(r);
        db = Database.open(tmp.resolve("data"));
        store = new CompareStore(db);
        List<CompareRun> runs = new CompareRunStore(db).list();
        april = runs.get(0);
        march = runs.get(1);
        checkRun = new CheckRunStore(db).latestCompleted().id();
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void listsNotLiftedUncoveredMatchesAndFlagsThoseWithAFiledConclusion() {
        List<String> rows = new ArrayList<>();
        store.forEachUncovered(march.id(), m -> rows.add(m.poorHouseholdId() + "/" + m.householdId() + "/"
                + m.countyCode() + "/filed=" + m.filedConclusion()));
        assertEquals(List.of("P01/H01/370911/filed=false", "P03/H03/370911/filed=true", "P06/H06b/370921/filed=false"),
                rows);
    }

    @Test
    void uncoveredRowsCarryComputedEligibilityAndTheLatestRefusal() {
        List<Match> rows = new ArrayList<>();
        store.forEachUncovered(march.id(), rows::add);
        Match refused = rows.get(1);
        assertEquals("C03", refused.refusal().caseId());
        assertEquals("REJECTED", refused.refusal().decision());
        assertTrue(refused.refusal().filed());
        assertEquals(Boolean.TRUE, rows.get(0).dibaoEligible(), "3000 yuan a year for two is below the standard");
        assertEquals(List.of(Rolls.person(1), Rolls.person(2)), rows.get(0).matchedIds());
    }

    @Test
    void listsPoorHouseholdsThatMatchNoCivilAffairsHousehold() {
        assertEquals(List.of("P05"), store.unmatched(march.id()).stream().map(UnmatchedPoor::poorHouseholdId).toList());
    }

    @Test
    void listsSplitsInBothDirections() {
        List<String> rows = store.splits(march.id()).stream()
                .map(s -> s.kind() + ":" + s.match().poorHouseholdId() + "/" + s.match().householdId()).toList();
        assertEquals(List.of("POOR_IN_SEVERAL:P06/H06a", "POOR_IN_SEVERAL:P06/H06b",
                "HOUSEHOLD_WITH_SEVERAL:P09a/H09", "HOUSEHOLD_WITH_SEVERAL:P09b/H09"), rows);
    }

    @Test
    void listsDibaoAndTekunRecipientsNotOnTheRegisteredRoll() {
        List<String> rows = new ArrayList<>();
        store.forEachRecipient(march.id(), r -> rows.add(r.householdId() + ":" + r.programs()));
        assertEquals(List.of("H10:DIBAO", "H11:TEKUN"), rows);
    }

    @Test
    void coverageCountsNotLiftedPoorHouseholdsInTheCountyOfTheirHousehold() {
        // P01 P02 P03 P05 P06 P09a P09b registered; P02 P09a P09b covered; P04 lifted
        assertEquals(List.of(new CountyCoverage("370911", 7, 3, 3, 1)), store.coverage(march.id()));
        assertEquals(7L, march.registered());
        assertEquals(3L, march.covered());
    }

    @Test
    void agreesWithTheCheckRuleOnTheSameSnapshot() {
        assertEquals(Set.of("H01", "H06b", "P05"), store.ruleSubjects(march.id()));
        assertEquals(ruleHouseholds(db, checkRun), store.ruleSubjects(march.id()));
    }

    @Test
    void listsMonthOnMonthChanges() {
        List<String> rows = store.changes(april.id()).stream().map(c -> c.kind() + ":" + c.poorHouseholdId()
                + (c.caseId() == null ? "" : "/" + c.caseId()) + (c.detail().isEmpty() ? "" : ":" + c.detail()))
                .toList();
        assertEquals(List.of("NEWLY_UNCOVERED:P02:WAS_COVERED", "NEWLY_COVERED:P01",
                "DIBAO_TERMINATED:P02/C02:NOT_FILED: 家庭人均收入超过低保标准", "LEFT_ROLL:P03:LIFTED",
                "LEFT_ROLL:P05:REMOVED", "JOINED_ROLL:P10:NEW"), rows);
        assertEquals(march.id(), april.againstRunId());
    }

    @Test
    void recipientWhoJoinsTheRollIsNoLongerListedForThePovertyOffice() {
        List<String> rows = new ArrayList<>();
        store.forEachRecipient(april.id(), r -> rows.add(r.householdId()));
        assertEquals(List.of("H11"), rows);
    }

    @Test
    void csvHoldsFullIdentityNumbersWithAByteOrderMark() throws IOException {
        byte[] bytes = Files.readAllBytes(tmp.resolve("out").resolve(CompareExport.UNCOVERED));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(Rolls.person(8)), text);
        assertTrue(text.contains("poor_household_id"), text);
        assertTrue(Files.readString(tmp.resolve("out").resolve(CompareExport.CHANGES)).contains("DIBAO_TERMINATED,P02"));
    }

    @Test
    void feedbackFormPerCountyMasksIdentityNumbers() throws IOException {
        Path pdf = tmp.resolve("out/feedback/feedback-370921.pdf");
        String text = pdfText(pdf);
        assertTrue(text.contains("比对结果反馈表"), text);
        assertTrue(text.contains("H06b"), text);
        assertFalse(text.contains(Rolls.person(8)), "identity number printed in full");
        assertTrue(text.contains(org.inspect.model.Masking.idNumber(Rolls.person(8))), text);
        assertTrue(Files.exists(tmp.resolve("out/feedback/feedback-370911.pdf")));
    }

    @Test
    void reExportingAStoredRunWritesTheSameLists() throws IOException {
        Cli cli = new Cli(tmp.resolve("data"));
        db.close();
        try {
            ok(cli.run("compare", "--run", Long.toString(april.id()), "--out", tmp.resolve("again").toString()));
        } finally {
            db = Database.open(tmp.resolve("data"));
            store = new CompareStore(db);
        }
        for (String f : List.of(CompareExport.UNCOVERED, CompareExport.UNMATCHED, CompareExport.SPLITS,
                CompareExport.RECIPIENTS, CompareExport.COVERAGE, CompareExport.CHANGES)) {
            assertEquals(Files.readString(tmp.resolve("out").resolve(f)), Files.readString(tmp.resolve("again").resolve(f)), f);
        }
    }

    @Test
    void refusesAnEarlierSnapshotThatDoesNotExist() {
        Cli cli = new Cli(tmp.resolve("data"));
        db.close();
        try {
            Cli.Result missing = cli.run("compare", "--against", "2018-12");
            assertTrue(missing.exitCode() != 0 && missing.err().contains("2018-12"), missing::toString);
        } finally {
            db = Database.open(tmp.resolve("data"));
            store = new CompareStore(db);
        }
    }

    /** The households of rule UNCOVERED_REGISTERED_POOR's findings in a check run. */
    static Set<String> ruleHouseholds(Database db, long runId) {
        Set<String> out = new TreeSet<>();
        new FindingStore(db).forEach(new FindingStore.Query(runId, Rule.UNCOVERED_REGISTERED_POOR, null, true),
                sf -> out.add(sf.finding().householdId()));
        return out;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()))) {
            StringBuilder b = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                b.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
            }
            return b.toString();
        }
    }
}
