package org.inspect.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.inspect.model.Criterion;
import org.inspect.rules.CriterionMatch;
import org.inspect.rules.ExclusionCriteria;
import org.junit.jupiter.api.Test;

/** The demo's hand-tagged reasons read as tagged, so that its answer key and its check can agree. */
class ReasonsTest {

    static final ExclusionCriteria READER = ExclusionCriteria.load(Path.of("config/reason-words.txt"));

    @Test
    void readsEveryPlantedReasonAsTagged() {
        List<String> all = new ArrayList<>();
        Reasons.ILLEGAL.values().forEach(all::addAll);
        all.addAll(Reasons.COMBINED);
        Stream.of(Reasons.INCOME_OVER, Reasons.NEEDS_READING, Reasons.OWN_CAR, Reasons.OWN_HOUSE, Reasons.DEPOSITS,
                Reasons.SUPPORT_COUNTED, Reasons.TERMINATION, List.of(Reasons.HAS_SUPPORTER)).forEach(all::addAll);
        List<String> wrong = new ArrayList<>();
        for (String reason : all) {
            Set<Criterion> read = READER.find(reason).stream().map(CriterionMatch::criterion)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Criterion.class)));
            if (!read.equals(Reasons.criteriaOf(reason))) {
                wrong.add(reason + " tagged " + Reasons.criteriaOf(reason) + " read " + read);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void plantsReasonsThatNeedAPersonsReadingAndNoOthers() {
        Reasons.NEEDS_READING.forEach(r -> assertTrue(READER.read(r).needsPersonsReading(), r));
        Stream.of(Reasons.INCOME_OVER, Reasons.OWN_CAR, Reasons.OWN_HOUSE, Reasons.DEPOSITS, Reasons.SUPPORT_COUNTED)
                .flatMap(List::stream)
                .forEach(r -> assertTrue(!READER.read(r).needsPersonsReading(), r));
    }
}
