package org.inspect.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.inspect.model.IdNumber;

/** Small named builders of interchange files for the importing tests. */
final class Fixtures {

    static final LocalDate REFERENCE = LocalDate.of(2019, 3, 1);
    static final String HOUSEHOLDS_HEADER = "household_id,county_code,township,village,head_id_number,address";
    static final String MEMBERS_HEADER = "household_id,id_number,name,relation,disability_grade,disability_type,"
            + "labour_capacity,serious_illness,state_funded";
    static final String INCOMES_HEADER = "household_id,id_number,type,amount_yuan,quantity,item";
    static final String CASES_HEADER = "case_id,household_id,program,applicant_id_number,application_date,decision,"
            + "decision_date";

    private Fixtures() {
    }

    /** A valid identity number: area 370902, the birth date and a 3-digit sequence, with its check character. */
    static String id(String birth, String sequence) {
        String first17 = "370902" + birth + sequence;
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    static String withWrongCheck(String id) {
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        return id.substring(0, 17) + wrong;
    }

    static final String HEAD_A = id("19550307", "011");
    static final String WIFE_A = id("19580412", "022");
    static final String HEAD_B = id("19700101", "031");

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) {
        try {
            return Files.write(dir.resolve(name), content.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeWithBom(Path dir, String name, String content) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[text.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(text, 0, all, 3, text.length);
        try {
            return Files.write(dir.resolve(name), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Household H1 (an elderly couple in 泰山区) and household H2 (a single man in 岱岳区). */
    static void twoHouseholds(Path dir) {
        write(dir, "households.csv", lines(HOUSEHOLDS_HEADER,
                "H1,370902,省庄镇,东羊楼村," + HEAD_A + ",",
                "H2,370911,满庄镇,,"  + HEAD_B + ",岱岳区满庄镇"));
        write(dir, "members.csv", lines(MEMBERS_HEADER,
                "H1," + HEAD_A + ",张建国,HEAD,,,NONE,Y,N",
                "H1," + WIFE_A + ",李秀英,配偶,2,肢体,无,,",
                "H2," + HEAD_B + ",王强,户主,0,,FULL,否,否"));
    }

    /** Shipped standards of the repository. */
    static StandardsTable shippedStandards() {
        return StandardsTable.load(Path.of("config/standards.csv"));
    }

    static ValidationResult validate(Path dir) {
        return new FolderValidator(RollFolder.scan(dir), shippedStandards(), REFERENCE).validate();
    }
}
