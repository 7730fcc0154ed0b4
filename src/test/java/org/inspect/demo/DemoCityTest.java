package org.inspect.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inspect.model.Criterion;
import org.inspect.model.IdNumber;
import org.inspect.model.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoCityTest {

    private static final DemoOptions SMALL = DemoOptions.defaults().withHouseholds(2500).withSeed(7);

    @TempDir
    static Path tmp;
    static Path city;
    static DemoSummary summary;

    @BeforeAll
    static void writeCity() {
        city = tmp.resolve("m1/in");
        summary = DemoCity.write(city, SMALL);
    }

    static Path key() {
        return city.getParent().resolve(DemoCity.ANSWER_KEY);
    }

    static Stream<String> interchangeFiles() {
        return Stream.of("households.csv", "members.csv", "incomes.csv", "deductions.csv", "assets.csv",
                "obligors.csv", "cases.csv", "registered_poor.csv", "inspectors.csv", "standards.csv");
    }

    @ParameterizedTest
    @MethodSource("interchangeFiles")
    void writesTheSameBytesForTheSameSeedAndSize(String file) throws IOException {
        Path again = tmp.resolve("again/in");
        if (!Files.exists(again)) {
            DemoCity.write(again, SMALL);
        }
        assertArrayEquals(Files.readAllBytes(city.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        assertArrayEquals(Files.readAllBytes(key()), Files.readAllBytes(again.getParent().resolve("planted.csv")));
    }

    @Test
    void writesADifferentCityForAnotherSeed() throws IOException {
        Path other = tmp.resolve("other/in");
        DemoCity.write(other, SMALL.withSeed(8).withHouseholds(300));
        Path same = tmp.resolve("same/in");
        DemoCity.write(same, SMALL.withHouseholds(300));
        assertFalse(Files.readString(other.resolve("members.csv")).equals(Files.readString(same.resolve("members.csv"))));
    }

    @Test
    void everyIdentityNumberVerifiesIsUniqueAndCarriesTheHouseholdsCounty() throws IOException {
        Map<String, String> countyOf = CityFiles.read(city.resolve("households.csv")).stream()
                .collect(Collectors.toMap(h -> h.get("household_id"), h -> h.get("county_code")));
        Set<String> seen = new HashSet<>();
        LocalDate ref = summary.referenceDate();
        for (Map<String, String> m : CityFiles.read(city.resolve("members.csv"))) {
            IdNumber id = IdNumber.parse(m.get("id_number"));
            assertTrue(seen.add(id.value()), "duplicate " + id);
            assertEquals(countyOf.get(m.get("household_id")), id.areaCode());
            assertFalse(id.birthDate().isAfter(ref), "born after the reference date: " + id);
        }
        for (Map<String, String> o : CityFiles.read(city.resolve("obligors.csv"))) {
            assertTrue(seen.add(IdNumber.parse(o.get("obligor_id_number")).value()), "obligor duplicates a member");
        }
        for (Map<String, String> p : CityFiles.read(city.resolve("registered_poor.csv"))) {
            IdNumber.parse(p.get("id_number"));
        }
        assertTrue(seen.size() > 6000, "people written: " + seen.size());
    }

    @Test
    void everyReferenceBetweenFilesResolves() throws IOException {
        Set<String> counties = CityFiles.read(city.resolve("standards.csv")).stream()
                .map(s -> s.get("county_code")).collect(Collectors.toSet());
        List<Map<String, String>> households = CityFiles.read(city.resolve("households.csv"));
        Map<String, List<Map<String, String>>> members = CityFiles.byHousehold(CityFiles.read(city.resolve("members.csv")));
        for (Map<String, String> h : households) {
            List<Map<String, String>> ms = members.get(h.get("household_id"));
            assertNotNull(ms, "household without members " + h);
            assertTrue(ms.stream().anyMatch(m -> m.get("id_number").equals(h.get("head_id_number"))
                    && m.get("relation").equals("HEAD")), "head not among members " + h);
            assertTrue(counties.contains(h.get("county_code")) || counties.contains("*"));
            assertTrue(ms.size() >= 1 && ms.size() <= 6, "household size " + ms.size());
        }
        assertEquals(households.size(), members.size());
        for (String f : List.of("incomes.csv", "deductions.csv", "assets.csv", "obligors.csv", "cases.csv")) {
            for (Map<String, String> row : CityFiles.read(city.resolve(f))) {
                List<Map<String, String>> ms = members.get(row.get("household_id"));
                assertNotNull(ms, f + " names an unknown household: " + row);
                for (String col : List.of("id_number", "supported_id_number", "applicant_id_number")) {
                    String id = row.get(col);
                    if (id != null && !id.isEmpty()) {
                        assertTrue(ms.stream().anyMatch(m -> m.get("id_number").equals(id)), f + "." + col + " " + row);
                    }
                }
            }
        }
    }

    @Test
    void answerKeyHasPlantedFindingsOfEveryRuleAndEveryCriterion() throws IOException {
        List<Map<String, String>> key = CityFiles.read(key());
        Set<Rule> rules = key.stream().map(k -> Rule.valueOf(k.get("rule"))).collect(Collectors.toSet());
        Set<Criterion> criteria = key.stream().filter(k -> !k.get("criterion").isEmpty())
                .map(k -> Criterion.valueOf(k.get("criterion"))).collect(Collectors.toSet());
        // the March drive cannot be judged as of 1 March, the reference date of month one
        assertEquals(EnumSet.complementOf(EnumSet.of(Rule.NO_TEMPORARY_DRIVE)), rules);
        assertEquals(EnumSet.allOf(Criterion.class), criteria);
        assertEquals(0, summary.unplannedFindings());
        assertEquals(key.size(), summary.plantedFindings());
        assertTrue(key.stream().anyMatch(k -> k.get("rule").equals("UNCOVERED_REGISTERED_POOR")
                && k.get("household_id").startsWith("FP")), "an unmatched registered poor household");
        assertTrue(key.stream().anyMatch(k -> k.get("rule").equals("MISSED_DIBAO") && !k.get("case_id").isEmpty()));
        assertTrue(key.stream().anyMatch(k -> k.get("rule").equals("MISSED_TEKUN") && !k.get("id_number").isEmpty()));
    }

    @Test
    void summaryCountsTheRowsWritten() throws IOException {
        for (String f : interchangeFiles().toList()) {
            assertEquals(summary.rowsPerFile().get(f), (long) CityFiles.read(city.resolve(f)).size(), f);
        }
    }

    @Test
    void refusesToPutTheAnswerKeyIntoTheDataFolder() {
        Path dir = tmp.resolve("bad");
        assertThrows(IllegalArgumentException.class,
                () -> DemoCity.write(dir, dir.resolve("planted.csv"), SMALL.withHouseholds(10)));
    }

    @Test
    void writesChineseHeadersInTheInspectorPool() throws IOException {
        List<Map<String, String>> pool = CityFiles.read(city.resolve("inspectors.csv"));
        assertEquals(40, pool.size());
        assertTrue(pool.get(0).containsKey("人员编号"));
        assertTrue(pool.stream().anyMatch(p -> p.get("单位").contains("扶贫")));
    }

    @Test
    void writesTwentyThousandHouseholdsQuickly() {
        long start = System.nanoTime();
        DemoSummary s = DemoCity.write(tmp.resolve("big/in"), DemoOptions.defaults());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("demo city of 20,000 households written in " + ms + " ms: " + s.rowsPerFile());
        assertEquals(0, s.unplannedFindings());
    }
}
