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
        new FocusService(city.db).select(ServiceCity.LABEL, county, ServiceCity.AS_OF).forEach(out::add);
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
        int written = new FocusService(city.db).select(ServiceCity.LABEL, null, ServiceCity.AS_OF)
                .export(file, SheetFormat.CSV, HeaderLanguage.ZH, false);
        assertEquals(households(null).size(), written);
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anUnknownSnapshotFailsAtOnce() {
        assertThrows(NotFoundException.class, () -> new FocusService(city.db).select("1999-01", null, null));
    }
}
