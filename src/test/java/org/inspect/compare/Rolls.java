package org.inspect.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspect.testing.RollFixture;

/** A small roll folder built household by household, for compare tests: named builders, then {@link #write}. */
final class Rolls {

    static final String COUNTY = "370911";
    static final String OTHER_COUNTY = "370921";

    private final List<String> households = new ArrayList<>();
    private final List<String> members = new ArrayList<>();
    private final List<String> incomes = new ArrayList<>();
    private final List<String> cases = new ArrayList<>();
    private final List<String> poor = new ArrayList<>();

    /** The identity number of person {@code n} (stable across months). */
    static String person(int n) {
        return RollFixture.id(COUNTY, LocalDate.of(1960, 1, 1).plusDays(n), n % 900 + 1);
    }

    /** A household in {@code county} whose members are the given persons (the first is the head), earning 3000 a year. */
    Rolls household(String id, String county, int... people) {
        households.add(id + "," + county + ",城关镇,东村," + person(people[0]) + ",东村1号");
        for (int i = 0; i < people.length; i++) {
            members.add(id + "," + person(people[i]) + ",成员" + people[i] + "," + (i == 0 ? "HEAD" : "SPOUSE")
                    + ",,,FULL,N,N");
        }
        incomes.add(id + "," + person(people[0]) + ",WAGE,3000,,");
        return this;
    }

    Rolls household(String id, int... people) {
        return household(id, COUNTY, people);
    }

    Rolls dibao(String caseId, String household, int applicant, String decision, boolean filed) {
        cases.add(caseId + "," + household + ",DIBAO," + person(applicant) + ",2018-09-01," + decision + ",2018-11-01,"
                + ("APPROVED".equals(decision) ? "" : "家庭人均收入超过低保标准") + ",300,2018-09-10,2018-09-12,2018-09-05,"
                + "2018-10-01,2018-10-10,2018-10-16," + (filed ? "Y,Y" : "N,N"));
        return this;
    }

    Rolls tekun(String caseId, String household, int applicant) {
        cases.add(caseId + "," + household + ",TEKUN," + person(applicant) + ",2018-09-01,APPROVED,2018-11-01,,500,"
                + "2018-09-10,2018-09-12,2018-09-05,2018-10-01,2018-10-10,2018-10-16,,");
        return this;
    }

    /** Registered poor household {@code id} with the given persons and status. */
    Rolls poor(String id, String county, String status, int... people) {
        for (int p : people) {
            poor.add(id + "," + person(p) + ",成员" + p + "," + county + "," + status + ",因病");
        }
        return this;
    }

    Rolls poor(String id, String status, int... people) {
        return poor(id, COUNTY, status, people);
    }

    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            write(dir, "households.csv", "household_id,county_code,township,village,head_id_number,address", households);
            write(dir, "members.csv", "household_id,id_number,name,relation,disability_grade,disability_type,"
                    + "labour_capacity,serious_illness,state_funded", members);
            write(dir, "incomes.csv", "household_id,id_number,type,amount_yuan,quantity,item", incomes);
            write(dir, "cases.csv", "case_id,household_id,program,applicant_id_number,application_date,decision,"
                    + "decision_date,decision_reason,monthly_benefit_yuan,survey_date,neighbour_visit_date,"
                    + "info_check_date,appraisal_date,notice_start,notice_end,written_conclusion,filed", cases);
            write(dir, "registered_poor.csv", "poor_household_id,id_number,name,county_code,status,poverty_cause", poor);
            write(dir, "inspectors.csv", "inspector_id,name,unit,county_code,active", List.of("I1,检查员,市民政局," + COUNTY + ",Y"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }
}
