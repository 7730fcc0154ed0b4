package org.inspect.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inspect.error.NotFoundException;
import org.inspect.export.HeaderLanguage;
import org.inspect.export.SheetFormat;
import org.inspect.testing.ServiceCity;
import org.inspect.testing.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FocusService on its own: the focus households of a snapshot, listed and exported alike. */
class FocusServiceTest {

    @TempDir
    static Path dir;

    static ServiceCity city;

    @BeforeAll
    static void city() {
        city = ServiceCity.open(dir);
    }

    @AfterAll
    static void close() {
        city.close();
    }

    private List<FocusHousehold> households(String county) {
        List<FocusHousehold> out = new ArrayList<>();
        new FocusService(city.db, TestSettings.PROJECT).select(ServiceCity.LABEL, county, ServiceCity.AS_OF).forEach(out::add);
        return out;
    }

    @Test
    void listsEachFocusHouseholdOnceWithItsGroups() {
        List<FocusHousehold> all = households(null);
        assertTrue(!all.isEmpty(), "the demo city plants focus households");
        assertTrue(all.stream().allMatch(h -> !h.groups().isEmpty()));
        assertEquals(all.size(), all.stream().map(FocusHousehold::householdId).distinct().count());
    }

    @Test
    void oneCountysListIsItsPartOfTheWhole() {
        List<FocusHousehold> all = households(null);
        String county = all.get(0).countyCode();
        List<FocusHousehold> one = households(county);
        assertEquals(all.stream().filter(h -> h.countyCode().equals(county)).count(), one.size());
    }

    @Test
    void theExportHoldsEveryListedHousehold() {
        Path file = dir.resolve("focus.csv");
        int written = new FocusService(city.db, TestSettings.PROJECT).select(ServiceCity.LABEL, null, ServiceCity.AS_OF)
                .export(file, SheetFormat.CSV, HeaderLanguage.ZH, false);
        assertEquals(households(null).size(), written);
        assertTrue(Files.isRegularFile(file));
    }

    /** A county's sizes as one line, to compare two ways of getting them. */
    private static java.util.Map<String, String> lines(java.util.Map<String, FocusGroups.Sizes> sizes) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        sizes.forEach((county, sz) -> {
            StringBuilder line = new StringBuilder();
            for (FocusGroup g : FocusGroup.values()) {
                line.append(g).append('=').append(sz.of(g)).append(' ');
            }
            out.put(county, line.append("any=").append(sz.households()).toString());
        });
        return out;
    }

    @Test
    void theDeskChecksOwnCountsAreTheGroupSizesOfAPassOverTheRolls() {
        java.util.Map<String, java.util.Map<String, Long>> counted =
                new org.inspect.check.TallyStore(city.db).byCounty(city.checkAll.id());
        assertTrue(!counted.isEmpty(), "the desk check counted as it went");
        var groups = new FocusGroups(city.db);
        assertTrue(groups.counted(city.checkAll, ServiceCity.AS_OF) != null, "the report takes the check's counts");
        var fromTheCheck = lines(groups.sizes(city.checkAll, ServiceCity.AS_OF));
        var ofTheirOwn = lines(groups.sizes(city.checkAll.snapshotId(), ServiceCity.AS_OF));
        assertEquals(ofTheirOwn, fromTheCheck);
        assertTrue(fromTheCheck.values().stream().anyMatch(l -> !l.endsWith("any=0")), fromTheCheck.toString());
        // the counts of the check's counties are sums of its chunks: every household once
        long households = counted.values().stream()
                .mapToLong(m -> m.get(org.inspect.check.HouseholdTally.HOUSEHOLD)).sum();
        assertEquals(city.checkAll.households().longValue(), households);
    }

    @Test
    void anotherDateThanTheChecksIsAPassOfItsOwn() {
        java.time.LocalDate later = ServiceCity.AS_OF.plusYears(30);
        var groups = new FocusGroups(city.db);
        assertEquals(null, groups.counted(city.checkAll, later));
        assertEquals(lines(groups.sizes(city.checkAll.snapshotId(), later)), lines(groups.sizes(city.checkAll, later)));
    }

    @Test
    void anUnknownSnapshotFailsAtOnce() {
        assertThrows(NotFoundException.class, () -> new FocusService(city.db, TestSettings.PROJECT).select("1999-01", null, null));
    }
}
