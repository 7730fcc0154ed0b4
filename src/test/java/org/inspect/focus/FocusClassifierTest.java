package org.inspect.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.inspect.model.Asset;
import org.inspect.model.AssetType;
import org.inspect.model.AssistanceCase;
import org.inspect.model.Decision;
import org.inspect.model.DisabilityType;
import org.inspect.model.Household;
import org.inspect.model.HouseholdFile;
import org.inspect.model.IdNumber;
import org.inspect.model.Income;
import org.inspect.model.IncomeType;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Member;
import org.inspect.model.PovertyStatus;
import org.inspect.model.Program;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.model.Relation;
import org.inspect.model.Standard;
import org.inspect.model.Standards;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The focus groups at their boundaries: a two-person working-age household, dibao standard 4,800 a year. */
class FocusClassifierTest {

    private static final String COUNTY = "370902";
    private static final LocalDate REF = LocalDate.of(2019, 3, 1);

    private static Standards standards(String... extra) {
        List<Standard> rows = new ArrayList<>(List.of(std("*", "DIBAO_STANDARD", "4800"),
                std("*", "SUPPORT_RATE", "0.3"), std("*", "FINANCIAL_ASSET_MONTHS", "24"),
                std("*", "NON_FINANCIAL_ASSET_LIMIT", "30000"), std("*", "MIGRANT_WORK_MONTH", "2000"),
                std("*", "NOTICE_MIN_DAYS", "7")));
        for (int i = 0; i < extra.length; i += 2) {
            rows.add(std(COUNTY, extra[i], extra[i + 1]));
        }
        return new Standards(rows);
    }

    private static Standard std(String county, String item, String value) {
        return new Standard(county, item, new BigDecimal(value));
    }

    /** A builder of a household of two adults aged 40 with full labour capacity and one wage income. */
    private static final class Home {
        final List<Member> members = new ArrayList<>();
        final List<Asset> assets = new ArrayList<>();
        final List<AssistanceCase> cases = new ArrayList<>();
        final List<RegisteredPoorPerson> poor = new ArrayList<>();
        String wage = "9000";

        Home() {
            members.add(member(1, Relation.HEAD, null, null, false));
            members.add(member(2, Relation.SPOUSE, null, null, false));
        }

        static Member member(int seq, Relation relation, Integer grade, DisabilityType type, boolean ill) {
            return new Member("H1", IdNumber.parse(RollFixture.id(COUNTY, LocalDate.of(1979, 1, 1), seq)),
                    "成员" + seq, relation, grade, type, LabourCapacity.FULL, ill, false);
        }

        Home income(String yearly) {
            wage = yearly;
            return this;
        }

        Home spouse(Integer grade, DisabilityType type, boolean ill) {
            members.set(1, member(2, Relation.SPOUSE, grade, type, ill));
            return this;
        }

        Home deposit(String value) {
            assets.add(new Asset("H1", AssetType.DEPOSIT, new BigDecimal(value), false, null));
            return this;
        }

        Home onDibao() {
            cases.add(new AssistanceCase("C1", "H1", Program.DIBAO, head(), REF.minusMonths(6), Decision.APPROVED,
                    REF.minusMonths(4), null, new BigDecimal("300"), null, null, null, null, null, null, null, null));
            return this;
        }

        Home registeredPoor(PovertyStatus status) {
            poor.add(new RegisteredPoorPerson("P1", head(), "成员1", COUNTY, status, "因病"));
            return this;
        }

        String head() {
            return members.get(0).idNumber().value();
        }

        HouseholdFile file() {
            return new HouseholdFile(new Household("H1", COUNTY, "城关镇", "东村", head(), "东村1号"), members,
                    List.of(new Income("H1", head(), IncomeType.WAGE, new BigDecimal(wage), null, null)), List.of(),
                    assets, List.of(), cases, poor);
        }
    }

    private static Set<FocusGroup> groups(Home h, Standards s) {
        return new FocusClassifier(s, REF).classify(h.file()).map(FocusHousehold::groups).orElse(Set.of());
    }

    static Stream<Arguments> incomes() {
        // household of two: the margin is per-capita 4,800 (included) to 7,200 (excluded), net 9,600 to 14,400
        return Stream.of(
                Arguments.of("9599.98", Set.of()), // just under the standard: dibao-eligible, not a margin household
                Arguments.of("9600", Set.of(FocusGroup.MARGINAL)), // equal to the standard
                Arguments.of("14399.98", Set.of(FocusGroup.MARGINAL)), // just under 1.5 times
                Arguments.of("14400", Set.of()), // equal to 1.5 times
                Arguments.of("20000", Set.of()));
    }

    @ParameterizedTest(name = "net income {0}")
    @MethodSource("incomes")
    void placesAMarginHouseholdFromTheStandardUpToButExcludingOneAndAHalfTimesIt(String net, Set<FocusGroup> expected) {
        assertEquals(expected, groups(new Home().income(net), standards()));
    }

    @Test
    void leavesOutAMarginHouseholdWhosePropertyIsOverTheLimits() {
        // 24 months of 4,800 / 12 = 9,600 per person allowed; 2 persons with 30,000 is 15,000 each
        assertEquals(Set.of(), groups(new Home().income("12000").deposit("30000"), standards()));
        assertEquals(Set.of(FocusGroup.MARGINAL), groups(new Home().income("12000").deposit("19000"), standards()));
    }

    @Test
    void takesTheMarginFactorFromTheStandards() {
        assertEquals(Set.of(FocusGroup.MARGINAL), groups(new Home().income("15000"), standards("MARGINAL_FACTOR", "2")));
        assertEquals(Set.of(), groups(new Home().income("15000"), standards()));
    }

    @Test
    void placesAHouseholdWithADisabilityOfGradeTwoButNotGradeThree() {
        assertEquals(Set.of(FocusGroup.SEVERE),
                groups(new Home().income("30000").spouse(2, DisabilityType.PHYSICAL, false), standards()));
        assertEquals(Set.of(), groups(new Home().income("30000").spouse(3, DisabilityType.PHYSICAL, false), standards()));
        assertEquals(Set.of(FocusGroup.SEVERE), groups(new Home().income("30000").spouse(null, null, true), standards()));
    }

    @Test
    void leavesOutCoveredHouseholdsWhateverTheyAre() {
        Home h = new Home().income("9600").spouse(1, DisabilityType.MENTAL, true).registeredPoor(PovertyStatus.NOT_LIFTED)
                .onDibao();
        assertEquals(Optional.empty(), new FocusClassifier(standards(), REF).classify(h.file()));
    }

    @Test
    void placesAnUncoveredRegisteredPoorHouseholdNotLiftedOnly() {
        assertEquals(Set.of(FocusGroup.UNCOVERED_POOR),
                groups(new Home().income("30000").registeredPoor(PovertyStatus.NOT_LIFTED), standards()));
        assertEquals(Set.of(), groups(new Home().income("30000").registeredPoor(PovertyStatus.LIFTED), standards()));
    }

    @Test
    void listsAHouseholdOnceWithAllItsGroupsAndTheFiguresThatPlaceIt() {
        FocusHousehold h = new FocusClassifier(standards(), REF).classify(new Home().income("10000")
                .spouse(1, DisabilityType.VISUAL, false).registeredPoor(PovertyStatus.NOT_LIFTED).file()).orElseThrow();
        assertEquals(List.of(FocusGroup.UNCOVERED_POOR, FocusGroup.MARGINAL, FocusGroup.SEVERE), h.groupList());
        assertEquals(0, new BigDecimal("5000").compareTo(h.perCapitaIncome()));
        assertEquals(0, new BigDecimal("7200").compareTo(h.marginLimit()));
        assertEquals(List.of("P1"), h.poorHouseholdIds());
        assertEquals("视力残疾一级", h.severe().get(0).what());
        List<String> row = FocusExport.row(h, false);
        assertEquals("未纳入低保（特困）的建档立卡贫困户、低保边缘家庭、重病重残户", row.get(8));
        assertTrue(row.get(6).contains("****"), "the identity number is masked: " + row.get(6));
    }

    @Test
    void theListIsWrittenByTheSharedSpreadsheetWriterAndReadsBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        FocusHousehold h = new FocusClassifier(standards(), REF).classify(new Home().income("10000")
                .spouse(1, DisabilityType.VISUAL, false).registeredPoor(PovertyStatus.NOT_LIFTED).file()).orElseThrow();
        java.nio.file.Path csv = dir.resolve("focus.csv");
        try (FocusExport export = new FocusExport(csv, org.inspect.export.SheetFormat.CSV,
                org.inspect.export.HeaderLanguage.ZH, false)) {
            export.write(h);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "a byte-order mark");
        List<org.apache.commons.csv.CSVRecord> records;
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(csv)) {
            r.skip(1);
            records = org.apache.commons.csv.CSVFormat.RFC4180.parse(r).getRecords();
        }
        assertEquals("区县代码", records.get(0).get(0));
        assertEquals("重点排查类别", records.get(0).get(8));
        assertEquals("未纳入低保（特困）的建档立卡贫困户、低保边缘家庭、重病重残户", records.get(1).get(8));
        assertEquals("5000", records.get(1).get(9));

        java.nio.file.Path xlsx = dir.resolve("focus.xlsx");
        try (FocusExport export = new FocusExport(xlsx, org.inspect.export.SheetFormat.XLSX,
                org.inspect.export.HeaderLanguage.EN, false)) {
            export.write(h);
            assertEquals(1, export.households());
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = book.getSheetAt(0);
            assertEquals("county_code", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("focus_groups", sheet.getRow(0).getCell(8).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in place");
            assertTrue(sheet.getRow(1).getCell(6).getStringCellValue().contains("****"), "masked identity number");
        }
    }
}
