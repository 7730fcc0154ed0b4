package org.inspect.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inspect.error.ConflictException;
import org.inspect.testing.ServiceCity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FindingService on its own: runs, listing with the names to mask, and verdicts dated by the clock it is given. */
class FindingServiceTest {

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

    private FindingService service() {
        return new FindingService(city.db, ServiceCity.CLOCK);
    }

    private List<StoredFinding> findings() {
        return new FindingStore(city.db).list(new FindingStore.Query(city.checkAll.id(), null, null, false));
    }

    @Test
    void takesTheNewestCompletedRunWhenNoneIsNamed() {
        assertEquals(city.checkAll.id(), service().runOrLatest(null).id());
        assertTrue(service().runs().stream().anyMatch(r -> r.id() == city.checkAll.id()));
    }

    @Test
    void listsEveryFindingWithTheNamesItMayMentionUnlessFullData() {
        FindingStore.Query q = new FindingStore.Query(city.checkAll.id(), null, null, false);
        List<Set<String>> masked = new ArrayList<>();
        service().forEach(q, false, (sf, names) -> masked.add(names));
        List<Set<String>> full = new ArrayList<>();
        service().forEach(q, true, (sf, names) -> full.add(names));
        assertEquals(findings().size(), masked.size());
        assertTrue(masked.size() > 0);
        assertTrue(masked.stream().anyMatch(n -> !n.isEmpty()), "some finding mentions a person");
        assertTrue(full.stream().allMatch(Set::isEmpty), "full data reads no names");
    }

    @Test
    void confirmingRecordsWhoWhyAndTheGivenClocksTime() {
        long id = findings().get(0).id();
        service().confirm(id, org.inspect.context.Actor.operator("王五"), "入户核实属实");
        StoredFinding sf = new FindingStore(city.db).get(id);
        assertEquals(StoredFinding.CONFIRMED, sf.verdict());
        assertEquals("王五", sf.verdictBy());
        assertEquals("入户核实属实", sf.verdictReason());
        assertEquals(LocalDateTime.of(2019, 3, 15, 9, 0), sf.verdictAt());
    }

    @Test
    void dismissingNeedsAReasonAndNamesTheProblemsKey() {
        StoredFinding f = findings().get(1);
        assertThrows(ConflictException.class, () -> service().dismiss(f.id(), org.inspect.context.Actor.operator("王五"), " "));
        FindingService.Dismissal d = service().dismiss(f.id(), org.inspect.context.Actor.operator("王五"), "已核实为误报");
        assertEquals(FindingStore.key(f.finding()), d.key());
        assertEquals(StoredFinding.DISMISSED, new FindingStore(city.db).get(f.id()).verdict());
    }

    @Test
    void aServiceGivenNoClockRecordsNoVerdict() {
        long id = findings().get(2).id();
        assertThrows(IllegalStateException.class, () -> new FindingService(city.db).confirm(id, org.inspect.context.Actor.operator("王五"), null));
    }
}
