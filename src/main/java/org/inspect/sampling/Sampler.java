package org.inspect.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.inspect.error.BadInputException;
import org.inspect.model.Inspector;
import org.inspect.sampling.internal.FrameCensus;
import org.inspect.sampling.internal.InspectorAssigner;
import org.inspect.sampling.internal.SelectionSampling;

/**
 * The reproducible stratified draw (spec "Draw"; algorithm in {@code config/plans/README.md}): pass 1 counts
 * and hashes every stratum, pass 2 selects with Algorithm S from each stratum's own generator; then the
 * inspectors are assigned. Holds the sampled cases only, never the frame.
 */
public final class Sampler {

    private final SamplingPlan plan;
    private final long seed;
    private final String seedText;

    /**
     * A sampler for a plan and seed; {@code seedText}, when not null, is the text the seed came from and must
     * hash to it ({@link Seeds#fromText}).
     */
    public Sampler(SamplingPlan plan, long seed, String seedText) {
        if (seedText != null && Seeds.fromText(seedText) != seed) {
            throw new BadInputException("seed " + seed + " is not the seed of the text '" + seedText + "' ("
                    + Seeds.fromText(seedText) + ")");
        }
        this.plan = plan;
        this.seed = seed;
        this.seedText = seedText;
    }

    /** A sampler seeded from text (e.g. a lottery result announced after the plan was fixed). */
    public static Sampler withSeedText(SamplingPlan plan, String seedText) {
        return new Sampler(plan, Seeds.fromText(seedText), seedText);
    }

    /** Draws the sample from the frame (streamed twice) and assigns teams of {@code teamSize} from the pool. */
    public SampleResult draw(FrameSource frame, List<Inspector> pool, int teamSize) {
        FrameCensus census = new FrameCensus(plan);
        frame.forEach(census::add);
        if (census.total() == 0 && plan.frame().ofHouseholds()) {
            throw new BadInputException("plan " + plan.name() + " cannot be honoured: no household of the focus groups "
                    + plan.frame().groups() + " in the rolls"
                    + (plan.frame().counties().isEmpty() ? "" : " of counties " + plan.frame().counties()));
        }
        if (census.total() == 0) {
            throw new BadInputException("plan " + plan.name() + " cannot be honoured: no case in the frame"
                    + " (decided " + plan.frame().from() + " to " + plan.frame().to() + ", decisions "
                    + plan.frame().decisions() + ", programs " + plan.frame().programs()
                    + (plan.frame().counties().isEmpty() ? "" : ", counties " + plan.frame().counties()) + ")");
        }
        Map<String, FrameCensus.Stratum> strata = census.allStrata();
        Map<String, Integer> requested = new TreeMap<>();
        Map<String, SelectionSampling> selections = new TreeMap<>();
        strata.forEach((key, s) -> {
            requested.put(key, plan.ruleFor(s.values()).requested(s.size()));
            int n = Math.min(requested.get(key), s.size());
            selections.put(key, new SelectionSampling(s.size(), n, Seeds.generator(seed, key)));
        });
        FrameCensus second = new FrameCensus(plan);
        frame.forEach(c -> {
            String key = second.add(c);
            if (key != null) {
                SelectionSampling sel = selections.get(key);
                if (sel == null) {
                    throw changedBetweenPasses(key);
                }
                sel.offer(c);
            }
        });
        List<StratumResult> results = new ArrayList<>();
        List<FrameCase> sampled = new ArrayList<>();
        strata.forEach((key, s) -> {
            FrameCensus.Stratum again = second.strata().get(key);
            if (again != null && (again.size() != s.size() || !again.sha256().equals(s.sha256()))) {
                throw changedBetweenPasses(key);
            }
            SelectionSampling sel = selections.get(key);
            results.add(result(key, s, requested.get(key), sel));
            sampled.addAll(sel.selected());
        });
        sampled.sort(Comparator.comparing(FrameCase::caseId));
        List<Assignment> assignments = new InspectorAssigner(pool, teamSize, seed, plan.maxCountiesPerInspector())
                .assign(sampled);
        return new SampleResult(plan, seed, seedText, teamSize, results, assignments,
                InspectorAssigner.poolSha256(pool));
    }

    private static StratumResult result(String key, FrameCensus.Stratum s, int requested, SelectionSampling sel) {
        List<String> ids = sel.selected().stream().map(FrameCase::caseId).toList();
        StratumResult.Status status = s.size() == 0 ? StratumResult.Status.EMPTY
                : requested >= s.size() ? StratumResult.Status.WHOLE_STRATUM : StratumResult.Status.SAMPLED;
        return new StratumResult(key, s.size(), requested, ids.size(), status, s.sha256(), ids);
    }

    private static BadInputException changedBetweenPasses(String key) {
        return new BadInputException("the frame changed between the two passes of the draw (stratum " + key
                + "): the rolls must not change while a sample is drawn");
    }
}
