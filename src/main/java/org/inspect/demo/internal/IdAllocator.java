package org.inspect.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.inspect.model.IdNumber;
import org.inspect.model.Sex;

/**
 * Hands out unique identity numbers: the county's area code, the birth date, a three-digit sequence whose
 * parity gives the sex, and the GB 11643 check character. Uniqueness comes from a counter per area, day and
 * sex (a few megabytes whatever the run size), not from a set of every number handed out; the counter is
 * scrambled so that sequences look like real ones. When a day's sequences run out the birth date moves a
 * day earlier.
 */
final class IdAllocator {

    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(EPOCH, LocalDate.of(2040, 1, 1));
    private static final int PER_SEX = 495;

    private final List<String> areas;
    private final int[][] used;

    IdAllocator(List<String> areaCodes) {
        areas = new ArrayList<>(areaCodes);
        used = new int[areas.size()][];
    }

    IdNumber allocate(String area, LocalDate birth, Sex sex) {
        int a = areas.indexOf(area);
        if (a < 0) {
            throw new IllegalArgumentException("unknown area code " + area);
        }
        if (used[a] == null) {
            used[a] = new int[DAYS * 2];
        }
        LocalDate day = birth;
        while (true) {
            int slot = (int) ChronoUnit.DAYS.between(EPOCH, day) * 2 + (sex == Sex.MALE ? 1 : 0);
            int k = used[a][slot];
            if (k < PER_SEX) {
                used[a][slot] = k + 1;
                int seq = 10 + ((k * 37 + 11) % PER_SEX) * 2 + (sex == Sex.MALE ? 1 : 0);
                int ymd = day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
                String first17 = area + ymd + (seq < 100 ? "0" : "") + seq;
                return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
            }
            day = day.minusDays(1);
        }
    }
}
