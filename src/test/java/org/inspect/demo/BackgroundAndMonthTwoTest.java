package org.inspect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the clean background with a deliberately simple second reading of the rules (income, property,
 * procedure, written conclusions), and the changes month two brings.
 */
class BackgroundAndMonthTwoTest {

    private static final DemoOptions OPTIONS = DemoOptions.defaults().withHouseholds(3000).withSeed(42);

    @TempDir
    static Path tmp;
    static Path m1;
    static Path m2;

    @BeforeAll
    static void write() {
        m1 = tmp.resolve("m1/in");
        m2 = tmp.resolve("m2/in");
        DemoCity.write(m1, OPTIONS);
        DemoCity.write(m2, OPTIONS.withMonth(2));
    }

    /** A small table of standards: county row first, then '*'. */
    record Std(Map<String, Double> rows) {
        double get(String county, String item) {
            Double v = rows.get(county + "|" + item);
            return v != null ? v : rows.get("*|" + item);
        }
    }

    static Std standards(Path dir) throws IOException {
        Map<String, Double> rows = new HashMap<>();
        for (Map<String, String> s : CityFiles.read(dir.resolve("standards.csv"))) {
            rows.put(s.get("county_code") + "|" + s.get("item"), Double.parseDouble(s.get("value")));
        }
        return new Std(rows);
    }

    static double num(String s) {
        return s == null || s.isEmpty() ? 0 : Double.parseDouble(s);
    }

    static double perCapitaIncome(Std std, String county, List<Map<String, String>> incomes,
            List<Map<String, String>> obligors, List<Map<String, String>> deductions, int size) {
        double sum = 0;
        for (Map<String, String> i : incomes) {
            String type = i.get("type");
            if (type.equals("EXEMPT")) {
                continue;
            }
            if (!i.get("amount_yuan").isEmpty()) {
                sum += num(i.get("amount_yuan"));
            } else if (type.equals("MIGRANT_WORK")) {
                sum += num(i.get("quantity")) * std.get(county, "MIGRANT_WORK_MONTH");
            } else {
                String prefix = type.equals("CROP") ? "CROP_" : "CASH_";
                sum += num(i.get("quantity")) * std.get(county, prefix + i.get("item"));
            }
        }
        double twice = 2 * std.get(county, "DIBAO_STANDARD");
        for (Map<String, String> o : obligors) {
            if (!o.get("court_ordered_yuan").isEmpty()) {
                sum += num(o.get("court_ordered_yuan"));
                continue;
            }
            double n = num(o.get("obligor_household_size"));
            double opc = num(o.get("obligor_household_income_yuan")) / n;
            if (opc >= twice) {
                sum += std.get(county, "SUPPORT_RATE") * (opc - twice) * n;
            }
        }
        for (Map<String, String> x : deductions) {
            sum -= num(x.get("amount_yuan"));
        }
        return Math.max(0, sum) / size;
    }

    static boolean propertyWithin(Std std, String county, List<Map<String, String>> assets, int size) {
        double financial = 0;
        for (Map<String, String> a : assets) {
            String type = a.get("type");
            boolean necessary = a.get("necessary").equals("Y");
            if (type.equals("DEPOSIT") || type.equals("SECURITIES")) {
                financial += num(a.get("value_yuan"));
            } else if (!necessary && (type.equals("HOUSE")
                    || num(a.get("value_yuan")) > std.get(county, "NON_FINANCIAL_ASSET_LIMIT"))) {
                return false;
            }
        }
        return financial / size <= std.get(county, "FINANCIAL_ASSET_MONTHS") * std.get(county, "DIBAO_STANDARD") / 12;
    }

    @Test
    void backgroundHouseholdsAreCleanByAnIndependentCheck() throws IOException {
        Std std = standards(m1);
        Set<String> flagged = CityFiles.read(m1.getParent().resolve("planted.csv")).stream()
                .map(k -> k.get("household_id")).collect(Collectors.toSet());
        var members = CityFiles.byHousehold(CityFiles.read(m1.resolve("members.csv")));
        var incomes = CityFiles.byHousehold(CityFiles.read(m1.resolve("incomes.csv")));
        var obligors = CityFiles.byHousehold(CityFiles.read(m1.resolve("obligors.csv")));
        var deductions = CityFiles.byHousehold(CityFiles.read(m1.resolve("deductions.csv")));
        var assets = CityFiles.byHousehold(CityFiles.read(m1.resolve("assets.csv")));
        var cases = CityFiles.byHousehold(CityFiles.read(m1.resolve("cases.csv")));
        int approvedChecked = 0;
        int uncoveredChecked = 0;
        for (Map<String, String> h : CityFiles.read(m1.resolve("households.csv"))) {
            String id = h.get("household_id");
            if (flagged.contains(id)) {
                continue;
            }
            String county = h.get("county_code");
            int size = members.get(id).size();
            double pc = perCapitaIncome(std, county, incomes.getOrDefault(id, List.of()),
                    obligors.getOrDefault(id, List.of()), deductions.getOrDefault(id, List.of()), size);
            boolean eligible = pc < std.get(county, "DIBAO_STANDARD")
                    && propertyWithin(std, county, assets.getOrDefault(id, List.of()), size);
            List<Map<String, String>> hc = cases.getOrDefault(id, List.of());
            boolean approvedDibao = hc.stream().anyMatch(c -> c.get("program").equals("DIBAO")
                    && c.get("decision").equals("APPROVED"));
            boolean covered = hc.stream().anyMatch(c -> !c.get("program").equals("TEMPORARY")
                    && c.get("decision").equals("APPROVED"));
            if (approvedDibao) {
                assertTrue(eligible, "clean household on dibao but not eligible: " + id + " pc " + pc);
                approvedChecked++;
            }
            if (!covered) {
                assertTrue(!eligible, "clean household eligible but not covered: " + id + " pc " + pc);
                uncoveredChecked++;
            }
            for (Map<String, String> c : hc) {
                assertProcedureComplete(std, county, c);
            }
        }
        assertTrue(approvedChecked > 200 && uncoveredChecked > 1500, approvedChecked + " / " + uncoveredChecked);
    }

    private static void assertProcedureComplete(Std std, String county, Map<String, String> c) {
        String decision = c.get("decision");
        if (c.get("program").equals("TEMPORARY")) {
            return;
        }
        if (decision.equals("APPROVED")) {
            for (String col : List.of("survey_date", "info_check_date", "notice_start", "notice_end")) {
                assertTrue(!c.get(col).isEmpty(), "clean approval without " + col + ": " + c.get("case_id"));
            }
            LocalDate start = LocalDate.parse(c.get("notice_start"));
            LocalDate end = LocalDate.parse(c.get("notice_end"));
            assertTrue(ChronoUnit.DAYS.between(start, end) + 1 >= std.get(county, "NOTICE_MIN_DAYS"), c.get("case_id"));
            assertTrue(!LocalDate.parse(c.get("decision_date")).isBefore(end), c.get("case_id"));
        } else if (decision.equals("REJECTED") || decision.equals("TERMINATED")) {
            assertEquals("Y", c.get("written_conclusion"), c.get("case_id"));
            assertEquals("Y", c.get("filed"), c.get("case_id"));
        }
    }

    @Test
    void monthTwoKeepsEveryPersonAndChangesSomeCasesAndTheRoll() throws IOException {
        assertEquals(CityFiles.read(m1.resolve("members.csv")), CityFiles.read(m2.resolve("members.csv")));
        Map<String, Map<String, String>> before = CityFiles.read(m1.resolve("cases.csv")).stream()
                .collect(Collectors.toMap(c -> c.get("case_id"), c -> c));
        List<Map<String, String>> after = CityFiles.read(m2.resolve("cases.csv"));
        long terminated = after.stream().filter(c -> before.containsKey(c.get("case_id"))
                && before.get(c.get("case_id")).get("decision").equals("APPROVED")
                && c.get("decision").equals("TERMINATED")).count();
        long newApprovals = after.stream().filter(c -> !before.containsKey(c.get("case_id"))
                && c.get("decision").equals("APPROVED")).count();
        assertTrue(terminated > 0, "registered poor dibao terminated in month two");
        assertTrue(newApprovals > 0, "missed households approved in month two");

        Map<String, String> statusBefore = CityFiles.read(m1.resolve("registered_poor.csv")).stream()
                .collect(Collectors.toMap(p -> p.get("id_number"), p -> p.get("status")));
        List<Map<String, String>> rollAfter = CityFiles.read(m2.resolve("registered_poor.csv"));
        assertTrue(rollAfter.stream().anyMatch(p -> !statusBefore.containsKey(p.get("id_number"))), "new registrations");
        assertTrue(rollAfter.stream().anyMatch(p -> "未脱贫".equals(statusBefore.get(p.get("id_number")))
                && p.get("status").equals("已脱贫")), "lifted out of poverty");
    }

    @Test
    void monthTwoKeyCallsOutTerminatedRegisteredPoorAndStaysFreeOfUnplannedFindings() throws IOException {
        DemoSummary s = DemoCity.write(tmp.resolve("m2b/in"), OPTIONS.withMonth(2));
        assertEquals(0, s.unplannedFindings());
        assertEquals(OPTIONS.asOf().plusMonths(1), s.referenceDate());
        Set<String> terminatedCases = CityFiles.read(m2.resolve("cases.csv")).stream()
                .filter(c -> c.get("decision").equals("TERMINATED")).map(c -> c.get("case_id")).collect(Collectors.toSet());
        assertTrue(CityFiles.read(m2.getParent().resolve("planted.csv")).stream()
                .anyMatch(k -> k.get("rule").equals("MISSED_DIBAO") && terminatedCases.contains(k.get("case_id"))));
    }
}
