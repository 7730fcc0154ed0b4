package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.error.ExitCodes;
import org.inspect.model.HouseholdFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The household cursor against a whole read of a 2,500-household demo city: a sample's sparse selection (read
 * household by household), a dense one (read over the page's span), a county, and a resumed read must each give
 * exactly the matching households of the whole read, with all their rows; and so must a read of every household,
 * which on PostgreSQL streams each table instead of paging.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollReaderTest {

    @TempDir
    static Path tmp;

    private Path data;
    private List<HouseholdFile> all;

    @BeforeAll
    void importDemoCity() {
        Path in = tmp.resolve("in");
        DemoCity.write(in, tmp.resolve("planted.csv"), DemoOptions.defaults().withHouseholds(2500));
        data = tmp.resolve("data");
        Cli.Result r = new Cli(data).run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--as-of",
                "2019-03-01");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        all = read(null, null, id -> true);
    }

    @Test
    void wholeReadHasEveryHouseholdOnceInIdOrderWithItsRows() {
        assertTrue(all.size() > 2000, "households: " + all.size());
        List<String> ids = all.stream().map(h -> h.household().householdId()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        for (HouseholdFile h : all) {
            String id = h.household().householdId();
            assertFalse(h.members().isEmpty(), id);
            assertTrue(h.members().stream().allMatch(m -> m.householdId().equals(id)), id);
            assertTrue(h.incomes().stream().allMatch(i -> i.householdId().equals(id)), id);
            assertTrue(h.cases().stream().allMatch(c -> c.householdId().equals(id)), id);
        }
        assertTrue(all.stream().anyMatch(h -> !h.registeredPoor().isEmpty()), "no registered poor matched");
        assertTrue(all.stream().anyMatch(h -> !h.assets().isEmpty()), "no assets");
    }

    @Test
    void sparseSelectionEqualsTheWholeReadFiltered() {
        Set<String> wanted = everyNth(37);
        assertEquals(filter(all, wanted::contains), read(null, null, wanted::contains));
    }

    @Test
    void denseSelectionEqualsTheWholeReadFiltered() {
        Set<String> wanted = everyNth(2);
        assertEquals(filter(all, wanted::contains), read(null, null, wanted::contains));
    }

    @Test
    void countyReadEqualsTheWholeReadOfThatCounty() {
        String county = all.get(all.size() / 2).household().countyCode();
        List<HouseholdFile> expected = filter(all, id -> true).stream()
                .filter(h -> h.household().countyCode().equals(county)).toList();
        assertEquals(expected, read(county, null, id -> true));
    }

    @Test
    void resumedReadStartsAfterTheGivenHousehold() {
        String after = all.get(1234).household().householdId();
        assertEquals(all.subList(1235, all.size()), read(null, after, id -> true));
    }

    /** Every household wanted: on PostgreSQL one ordered pass per table (server-side cursors), in pages elsewhere. */
    @Test
    void readingEveryHouseholdGivesWhatThePagesGive() {
        assertEquals(all, read(null, null, null));
        String after = all.get(1234).household().householdId();
        assertEquals(all.subList(1235, all.size()), read(null, after, null));
        String county = all.get(all.size() / 2).household().countyCode();
        List<HouseholdFile> ofCounty = all.stream().filter(h -> h.household().countyCode().equals(county)).toList();
        assertEquals(ofCounty, read(county, null, null));
        String within = ofCounty.get(ofCounty.size() / 2).household().householdId();
        assertEquals(ofCounty.stream().filter(h -> h.household().householdId().compareTo(within) > 0).toList(),
                read(county, within, null));
    }

    /**
     * A county's rows are read over its span of household ids; a household of another county inside that span
     * (a roll whose ids do not follow the counties) is passed over by the one and read by the other.
     */
    @Test
    void aHouseholdOfAnotherCountyInsideACountysSpanIsReadOnceByItsOwn() throws Exception {
        String county = all.get(all.size() / 2).household().countyCode();
        List<HouseholdFile> ofCounty = all.stream().filter(h -> h.household().countyCode().equals(county)).toList();
        String moved = ofCounty.get(ofCounty.size() / 2).household().householdId();
        String other = all.stream().map(h -> h.household().countyCode()).filter(c -> !c.equals(county)).findFirst()
                .orElseThrow();
        setCounty(moved, other);
        try {
            List<HouseholdFile> now = read(null, null, id -> true);
            for (String c : List.of(county, other)) {
                List<HouseholdFile> expected = now.stream().filter(h -> h.household().countyCode().equals(c)).toList();
                assertEquals(expected, read(c, null, null), c);
                assertEquals(expected, read(c, null, id -> true), c);
            }
            assertTrue(read(other, null, null).stream().anyMatch(h -> h.household().householdId().equals(moved)));
        } finally {
            setCounty(moved, county);
        }
    }

    private void setCounty(String householdId, String county) throws Exception {
        try (Database db = Database.open(data); java.sql.Connection c = db.connection();
                java.sql.PreparedStatement ps = c.prepareStatement(
                        "UPDATE household SET county_code = ? WHERE household_id = ?")) {
            ps.setString(1, county);
            ps.setString(2, householdId);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    void countiesAndTheirSizesAreRecordedWhenPublishedAndAgreeWithTheRows() throws Exception {
        java.util.Map<String, Long> fromRows = new java.util.TreeMap<>();
        all.forEach(h -> fromRows.merge(h.household().countyCode(), 1L, Long::sum));
        assertTrue(fromRows.size() > 1, fromRows.toString());
        try (Database db = Database.open(data)) {
            long snapshot = new Snapshots(db).activeId("2019-03");
            assertEquals(encoded(fromRows), recorded(db, snapshot, null), "recorded when published");
            assertCountiesAre(fromRows, new RollReader(db, snapshot));
            assertEquals((long) all.size(), new Snapshots(db).rowCounts(snapshot).get("household"));
            // a snapshot published before schema 18 has none recorded: its rows are counted, with the same answer
            String kept = recorded(db, snapshot, "");
            try {
                assertCountiesAre(fromRows, new RollReader(db, snapshot));
            } finally {
                recorded(db, snapshot, kept);
            }
        }
    }

    private static void assertCountiesAre(java.util.Map<String, Long> expected, RollReader roll) {
        assertEquals(List.copyOf(expected.keySet()), roll.counties());
        expected.forEach((county, n) -> assertEquals(n, roll.householdCount(county), county));
        assertEquals(0, roll.householdCount("999999"));
    }

    private static String encoded(java.util.Map<String, Long> counts) {
        return String.join(";", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The snapshot's recorded county households; sets them to {@code replace} ("" for none) when given. */
    private static String recorded(Database db, long snapshot, String replace) throws java.sql.SQLException {
        try (java.sql.Connection c = db.connection()) {
            String before;
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT county_households FROM snapshot WHERE id = ?")) {
                ps.setLong(1, snapshot);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    before = rs.getString(1);
                }
            }
            if (replace != null) {
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "UPDATE snapshot SET county_households = ? WHERE id = ?")) {
                    ps.setString(1, replace.isEmpty() ? null : replace);
                    ps.setLong(2, snapshot);
                    ps.executeUpdate();
                }
            }
            return before;
        }
    }

    private Set<String> everyNth(int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < all.size(); i += n) {
            out.add(all.get(i).household().householdId());
        }
        return out;
    }

    private static List<HouseholdFile> filter(List<HouseholdFile> files, Predicate<String> wanted) {
        return files.stream().filter(h -> wanted.test(h.household().householdId())).toList();
    }

    private List<HouseholdFile> read(String county, String after, Predicate<String> wanted) {
        try (Database db = Database.open(data)) {
            long snapshot = new Snapshots(db).activeId("2019-03");
            List<HouseholdFile> out = new ArrayList<>();
            try (RollReader.HouseholdCursor c = new RollReader(db, snapshot).openHouseholds(county, after, wanted)) {
                c.forEachRemaining(out::add);
            }
            return out;
        }
    }
}
