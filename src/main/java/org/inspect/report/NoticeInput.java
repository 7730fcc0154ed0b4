package org.inspect.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inspect.model.Finding;

/**
 * What the rectification notices (整改通知书) need: the open findings (one notice per county that has any), the
 * number pattern with {@code {n}} for the running number ({@code 泰民救整〔2019〕{n}号}) and the first number, the
 * deadline, the contact line (person and telephone), the names of persons that must be masked wherever they appear in a finding's detail,
 * and {@code fullTableLimit}: a notice with more findings than this lists counts by rule and refers to its
 * annex (附件：问题清单, an {@code .xlsx} beside it) instead of listing every finding.
 * {@code supplements}: county code → the number of the notice a county's notice supplements (补充整改通知书: it
 * lists only problems no earlier notice named); a county not in it gets an ordinary notice. {@code fileTag} is put
 * after each file's name (empty for the first notices, else "-" and the first number), so that the files of a
 * later issue never overwrite an issued one. {@code correction}, when set, makes the (single) notice a correcting
 * notice.
 */
public record NoticeInput(Campaign campaign, String numberPattern, int firstNumber, LocalDate deadline,
        String contact, List<Finding> openFindings, Set<String> personNames, boolean fullData, int fullTableLimit,
        java.util.Map<String, String> supplements, String fileTag, Correction correction) {

    /**
     * A correcting notice (更正通知书): the number of the notice it corrects and why. The corrected notice stays as
     * issued; the correction lists its problems as they stand now and says that it replaces the list.
     */
    public record Correction(String corrects, String reason) {
    }

    /** Ordinary notices, written under their plain file names. */
    public NoticeInput(Campaign campaign, String numberPattern, int firstNumber, LocalDate deadline, String contact,
            List<Finding> openFindings, Set<String> personNames, boolean fullData, int fullTableLimit) {
        this(campaign, numberPattern, firstNumber, deadline, contact, openFindings, personNames, fullData,
                fullTableLimit, java.util.Map.of(), "", null);
    }

    /** Notices that list every finding in their table, whatever their number. */
    public NoticeInput(Campaign campaign, String numberPattern, int firstNumber, LocalDate deadline, String contact,
            List<Finding> openFindings, Set<String> personNames, boolean fullData) {
        this(campaign, numberPattern, firstNumber, deadline, contact, openFindings, personNames, fullData,
                Integer.MAX_VALUE);
    }

    public NoticeInput {
        if (!numberPattern.contains("{n}")) {
            throw new org.inspect.error.BadInputException("notice number pattern " + numberPattern
                    + " has no {n} for the running number, e.g. 泰民救整〔2019〕{n}号");
        }
        if (fullTableLimit < 0) {
            throw new org.inspect.error.BadInputException("notice.fullTableLimit must not be negative, was "
                    + fullTableLimit);
        }
        openFindings = List.copyOf(openFindings);
        personNames = Set.copyOf(personNames);
        supplements = java.util.Map.copyOf(supplements);
        fileTag = fileTag == null ? "" : fileTag;
    }
}
