package org.inspect.demo.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inspect.demo.DemoOptions;
import org.inspect.demo.DemoSummary;
import org.inspect.model.Counties;
import org.inspect.model.Criterion;
import org.inspect.model.Rule;
import org.inspect.model.Standards;

/**
 * The generation loop behind {@code DemoCity}: one unit at a time, in index order, each from its own
 * random stream, written out and forgotten. Planted units are spread evenly (unit i is planted when
 * ⌊(i+1)·rate⌋ > ⌊i·rate⌋) and take the planted scenarios in turn.
 */
public final class CityWriter {

    private static final double[] BACKGROUND_WEIGHTS = {0.70, 0.04, 0.15, 0.035, 0.03, 0.035, 0.01};
    private static final List<Scenario> BACKGROUND = List.of(Scenario.NON_POOR, Scenario.NON_POOR_LAWFUL_REFUSAL,
            Scenario.DIBAO, Scenario.TEKUN, Scenario.POOR_REFUSED_FILED, Scenario.POOR_LIFTED,
            Scenario.POOR_ONLY_LIFTED);

    private CityWriter() {
    }

    /**
     * Beside the answer key {@code planted-x.csv}: {@code planted-x-focus.csv}, the oracle's focus groups of every
     * household (household_id, groups joined by ;), and for month two {@code planted-x-drive.csv}, the counties
     * planted without a March temporary-assistance drive.
     */
    public static Path sibling(Path answerKey, String suffix) {
        String name = answerKey.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return answerKey.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    public static DemoSummary write(Path dir, Path answerKey, DemoOptions options) throws IOException {
        Standards standards = DemoStandards.standards();
        Oracle generation = new Oracle(standards, options.asOf());
        Oracle check = new Oracle(standards, options.referenceDate());
        People people = new People(new IdAllocator(new ArrayList<>(Counties.TAIAN.keySet())), options.asOf());
        Procedure procedure = new Procedure(generation);
        Generator generator = new Generator(generation, people, new Money(generation, people), procedure);
        MonthTwo monthTwo = new MonthTwo(procedure, check, options.asOf(), options.referenceDate());
        List<Scenario> plantedScenarios = Scenario.plantedOnes();
        int[] rounds = new int[Scenario.values().length];
        Map<Rule, Integer> perRule = new EnumMap<>(Rule.class);
        Map<Criterion, Integer> perCriterion = new EnumMap<>(Criterion.class);
        int plantedUnits = 0;
        int unplanned = 0;
        long seed = options.seed();
        double rate = options.anomalyRate();
        Path focusKey = sibling(answerKey, "-focus.csv");
        try (CsvOut out = new CsvOut(dir, answerKey);
                java.io.Writer focus = org.inspect.export.PrivateFiles.writer(focusKey, true)) {
            focus.write("household_id,groups\n");
            out.standards(DemoStandards.rows());
            out.inspectors(InspectorPool.build(seed));
            int plantedSoFar = 0;
            for (int i = 0; i < options.households(); i++) {
                boolean planted = Math.floor((i + 1) * rate) > Math.floor(i * rate);
                Scenario s = planted ? plantedScenarios.get(plantedSoFar++ % plantedScenarios.size())
                        : BACKGROUND.get(new Rnd(seed, i, 1).weighted(BACKGROUND_WEIGHTS));
                Draft d = generator.generate(new Rnd(seed, i, 2), i, s, rounds[s.ordinal()]++);
                if (options.month() == 2) {
                    monthTwo.apply(new Rnd(seed, i, 3), d);
                }
                out.unit(d);
                List<String> groups = check.focusGroups(d);
                if (!groups.isEmpty()) {
                    focus.write(d.householdId + "," + String.join(";", groups) + "\n");
                }
                if (d.planted) {
                    plantedUnits++;
                }
                for (KeyRow k : check.findings(d)) {
                    out.key(k);
                    if (!d.planted) {
                        unplanned++;
                    } else {
                        perRule.merge(k.rule(), 1, Integer::sum);
                        if (k.criterion() != null) {
                            perCriterion.merge(k.criterion(), 1, Integer::sum);
                        }
                    }
                }
            }
            if (options.month() == 2) {
                try (java.io.Writer drive = org.inspect.export.PrivateFiles.writer(sibling(answerKey, "-drive.csv"),
                        true)) {
                    drive.write("county_code\n"
                            + String.join("", monthTwo.countiesWithoutDrive().stream().map(c -> c + "\n").toList()));
                }
            }
            return new DemoSummary(options.referenceDate(), out.counts(), perRule, perCriterion, plantedUnits,
                    unplanned);
        }
    }
}
