package org.inspect.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.inspect.model.IdNumber;

/**
 * Writes a small, valid, deterministic folder of roll files (households with members, incomes, cases, a
 * registered-poor roll and inspectors) for job tests; {@code households} sets the size.
 */
public final class RollFixture {

    private static final String[] COUNTIES = {"370902", "370911", "370921", "370923"};

    private RollFixture() {
    }

    /** A valid identity number for a county, a birth date and a sequence number. */
    public static String id(String county, LocalDate birth, int seq) {
        String first17 = county + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static Path write(Path dir, int households) {
        try {
            Files.createDirectories(dir);
            SplittableRandom rnd = new SplittableRandom(42);
            try (Writer h = w(dir, "households.csv"); Writer m = w(dir, "members.csv"); Writer i = w(dir, "incomes.csv");
                    Writer c = w(dir, "cases.csv"); Writer r = w(dir, "registered_poor.csv")) {
                h.write("household_id,county_code,township,village,head_id_number,address\n");
                m.write("household_id,id_number,name,relation,disability_grade,disability_type,labour_capacity,"
                        + "serious_illness,state_funded\n");
                i.write("household_id,id_number,type,amount_yuan,quantity,item\n");
                c.write("case_id,household_id,program,applicant_id_number,application_date,decision,decision_date,"
                        + "decision_reason,monthly_benefit_yuan,survey_date,neighbour_visit_date,info_check_date,"
                        + "appraisal_date,notice_start,notice_end,written_conclusion,filed\n");
                r.write("poor_household_id,id_number,name,county_code,status,poverty_cause\n");
                for (int n = 0; n < households; n++) {
                    String county = COUNTIES[n % COUNTIES.length];
                    String hid = String.format("H%07d", n);
                    // unique by construction: one birth date per 250 households, sequence pairs within it
                    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 250 + rnd.nextInt(2) * 20000L);
                    String head = id(county, birth, 2 * (n % 250) + 1);
                    String spouse = id(county, birth, 2 * (n % 250) + 500);
                    h.write(hid + "," + county + ",城关镇,东村," + head + ",东村" + n + "号\n");
                    m.write(hid + "," + head + ",王" + n + ",HEAD,,,FULL,N,N\n");
                    m.write(hid + "," + spouse + ",李" + n + ",配偶,,,有,否,否\n");
                    i.write(hid + "," + head + ",WAGE," + (2000 + rnd.nextInt(20000)) + ",,\n");
                    i.write(hid + ",,CROP,," + (1 + rnd.nextInt(5)) + ",WHEAT\n");
                    c.write("C" + hid + "," + hid + ",DIBAO," + head + ",2018-09-01,"
                            + (n % 3 == 0 ? "REJECTED" : "APPROVED") + ",2018-11-01,"
                            + (n % 3 == 0 ? "家庭人均收入超过低保标准" : "") + ",300,2018-09-10,2018-09-12,2018-09-05,"
                            + "2018-10-01,2018-10-10,2018-10-16,Y,Y\n");
                    if (n % 5 == 0) {
                        r.write("P" + hid + "," + head + ",王" + n + "," + county + ",NOT_LIFTED,因病\n");
                    }
                }
            }
            try (Writer in = w(dir, "inspectors.csv")) {
                in.write("inspector_id,name,unit,county_code,active\n");
                for (int k = 0; k < 12; k++) {
                    in.write("I" + k + ",检查员" + k + ",市民政局," + COUNTIES[k % COUNTIES.length] + ",Y\n");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer w(Path dir, String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
