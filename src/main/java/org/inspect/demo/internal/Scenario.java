package org.inspect.demo.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a unit of the demo city is meant to show. Background scenarios must produce no finding; each
 * planted one produces the findings named in its comment (the oracle computes the exact keys).
 */
enum Scenario {
    // Background, clean.
    /** Not eligible, not covered; now and then a lawful refusal, a temporary grant or a pending application. */
    NON_POOR(false),
    /** Not eligible and refused for a lawful reason that looks like a blanket one (own car, support counted…). */
    NON_POOR_LAWFUL_REFUSAL(false),
    /** Eligible, on dibao, with an able supporter for anyone elderly, young or severely disabled. */
    DIBAO(false),
    /** Eligible with nobody able to support: every such person on tekun. */
    TEKUN(false),
    /** Registered poor, not lifted, not eligible, refused with a filed written conclusion. */
    POOR_REFUSED_FILED(false),
    /** Registered poor, lifted, not eligible, not covered. */
    POOR_LIFTED(false),
    /** On the poverty roll only (moved away), lifted. */
    POOR_ONLY_LIFTED(false),

    // Planted.
    /** MISSED_DIBAO: eligible, never applied. */
    MISSED_DIBAO_NO_CASE(true),
    /** MISSED_DIBAO: eligible, refused with a lawful-sounding but wrong income reason. */
    MISSED_DIBAO_WRONGLY_REFUSED(true),
    /** MISSED_DIBAO: registered poor whose dibao was terminated (filed); sometimes unfiled, adding two more. */
    MISSED_DIBAO_POOR_TERMINATED(true),
    /** MISSED_TEKUN: an elderly person alone, on dibao only. */
    MISSED_TEKUN_ELDERLY(true),
    /** MISSED_TEKUN: orphans living with a grandparent, all on dibao only. */
    MISSED_TEKUN_ORPHANS(true),
    /** MISSED_TEKUN: severely disabled adult and elderly parent, one refused tekun as "has a supporter". */
    MISSED_TEKUN_DISABLED(true),
    /** IMPROPER_INCLUSION: on dibao with income above the standard. */
    IMPROPER_INCOME(true),
    /** IMPROPER_INCLUSION: on dibao with the household's own non-necessary car. */
    IMPROPER_CAR(true),
    /** IMPROPER_INCLUSION: on dibao with a second, non-necessary flat. */
    IMPROPER_HOUSE(true),
    /** IMPROPER_INCLUSION: on dibao with deposits over the limit. */
    IMPROPER_DEPOSIT(true),
    /** IMPROPER_INCLUSION: tekun for a working-age person with labour capacity. */
    IMPROPER_TEKUN_ABLE(true),
    /** IMPROPER_INCLUSION: tekun for an elderly person whose son in the household is able to support. */
    IMPROPER_TEKUN_SUPPORTED(true),
    /** PROCEDURE_VIOLATION on an approved dibao case, defect chosen in turn. */
    PROCEDURE_DIBAO(true),
    /** PROCEDURE_VIOLATION on an approved tekun case. */
    PROCEDURE_TEKUN(true),
    /** ILLEGAL_EXCLUSION, one per criterion in turn, eligible household: plus MISSED_DIBAO. */
    ILLEGAL_EXCLUSION_ELIGIBLE(true),
    /** ILLEGAL_EXCLUSION, one per criterion in turn, household over the standard anyway. */
    ILLEGAL_EXCLUSION_NOT_ELIGIBLE(true),
    /** ILLEGAL_EXCLUSION on two criteria at once (and MISSED_DIBAO: the household is eligible). */
    ILLEGAL_EXCLUSION_COMBINED(true),
    /** ILLEGAL_EXCLUSION of tekun for labour capacity for an elderly person on dibao: plus MISSED_TEKUN. */
    ILLEGAL_EXCLUSION_TEKUN(true),
    /** NO_WRITTEN_CONCLUSION: lawful refusal of a household over the standard, conclusion missing or unfiled. */
    NO_WRITTEN_CONCLUSION(true),
    /** UNCOVERED_REGISTERED_POOR: registered, not lifted, not eligible, no case. */
    UNCOVERED_POOR_MATCHED(true),
    /** UNCOVERED_REGISTERED_POOR and MISSED_DIBAO: registered, not lifted, eligible, no case. */
    UNCOVERED_POOR_ELIGIBLE(true),
    /** UNCOVERED_REGISTERED_POOR: on the poverty roll only, not lifted. */
    UNCOVERED_POOR_UNMATCHED(true);

    private final boolean planted;

    Scenario(boolean planted) {
        this.planted = planted;
    }

    boolean planted() {
        return planted;
    }

    static List<Scenario> plantedOnes() {
        List<Scenario> list = new ArrayList<>();
        for (Scenario s : values()) {
            if (s.planted) {
                list.add(s);
            }
        }
        return list;
    }
}
