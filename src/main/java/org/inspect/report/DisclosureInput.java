package org.inspect.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The public disclosure lists (公示名单, clause 三（三）): who receives dibao or tekun and who is registered poor, by
 * township, for posting during the notice period with a telephone number for objections. Names and identity
 * numbers are masked unless {@code fullData}.
 */
public record DisclosureInput(Campaign campaign, LocalDate noticeStart, LocalDate noticeEnd, String contact,
        List<Row> rows, boolean fullData) {

    public DisclosureInput {
        rows = List.copyOf(rows);
    }

    /** Which list a person is on. */
    public enum Listing {
        DIBAO, TEKUN, REGISTERED_POOR
    }

    /** One listed person. */
    public record Row(String countyCode, String township, String village, Listing listing, String name,
            String idNumber, int householdSize) {
    }
}
