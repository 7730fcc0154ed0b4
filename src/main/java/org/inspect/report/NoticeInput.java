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
 */
public record NoticeInput(Campaign campaign, String numberPattern, int firstNumber, LocalDate deadline,
        String contact, List<Finding> openFindings, Set<String> personNames, boolean fullData, int fullTableLimit) {

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
    }
}
