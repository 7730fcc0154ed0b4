package org.inspect.sampling.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.inspect.error.BadInputException;
import org.inspect.model.Program;
import org.inspect.sampling.Dimension;
import org.inspect.sampling.FrameCase;
import org.inspect.sampling.Outcome;
import org.inspect.sampling.SamplingPlan;

/**
 * One pass over the frame: checks canonical order, keeps the plan's cases, and per stratum counts them and
 * hashes them ({@link FrameHash}). Holds one counter and one digest per stratum, never the cases.
 */
public final class FrameCensus {

    private final SamplingPlan plan;
    private final Map<String, Stratum> strata = new TreeMap<>();
    private final Set<String> counties = new TreeSet<>();
    private String lastCaseId;
    private long total;

    /** A stratum's dimension values, count and running hash. */
    public static final class Stratum {
        private final Map<Dimension, String> values;
        private final FrameHash hash = new FrameHash();
        private int size;
        private String sha256;

        Stratum(Map<Dimension, String> values) {
            this.values = values;
        }

        public Map<Dimension, String> values() {
            return values;
        }

        public int size() {
            return size;
        }

        /** The frame hash; final once the pass is over. */
        public String sha256() {
            if (sha256 == null) {
                sha256 = hash.hex();
            }
            return sha256;
        }
    }

    public FrameCensus(SamplingPlan plan) {
        this.plan = plan;
    }

    /** Takes the next row of the stream; returns its stratum key, or null when the case is not in the frame. */
    public String add(FrameCase c) {
        checkOrder(c);
        if (!plan.frame().includes(c)) {
            return null;
        }
        Map<Dimension, String> values = plan.valuesOf(c);
        String key = SamplingPlan.key(values);
        Stratum s = strata.computeIfAbsent(key, k -> new Stratum(values));
        s.hash.add(c);
        s.size++;
        counties.add(c.countyCode());
        total++;
        return key;
    }

    private void checkOrder(FrameCase c) {
        if (c.caseId() == null || c.caseId().isEmpty()) {
            throw new BadInputException("frame row after case " + lastCaseId + " has no case_id");
        }
        if (lastCaseId != null && lastCaseId.compareTo(c.caseId()) >= 0) {
            throw new BadInputException("frame is not in canonical order: case " + c.caseId() + " comes after "
                    + lastCaseId + (lastCaseId.equals(c.caseId()) ? " (duplicate case_id)" : "")
                    + "; stream the cases ordered by case_id");
        }
        lastCaseId = c.caseId();
    }

    /** The cases in the frame. */
    public long total() {
        return total;
    }

    /** The strata with cases, by key. */
    public Map<String, Stratum> strata() {
        return strata;
    }

    /**
     * Every stratum the plan defines, by key: those with cases, and, when the plan does not stratify by
     * township, every combination of the counties (the plan's list, else those seen), programs and outcomes
     * of the plan, so that a combination without cases is reported empty.
     */
    public Map<String, Stratum> allStrata() {
        Map<String, Stratum> all = new TreeMap<>(strata);
        if (plan.strata().contains(Dimension.TOWNSHIP)) {
            return all;
        }
        List<Map<Dimension, String>> combos = new ArrayList<>();
        combos.add(new EnumMap<>(Dimension.class));
        for (Dimension d : plan.strata()) {
            List<Map<Dimension, String>> next = new ArrayList<>();
            for (Map<Dimension, String> partial : combos) {
                for (String v : valuesOf(d)) {
                    Map<Dimension, String> m = new EnumMap<>(Dimension.class);
                    m.putAll(partial);
                    m.put(d, v);
                    next.add(m);
                }
            }
            combos = next;
        }
        for (Map<Dimension, String> values : combos) {
            all.computeIfAbsent(SamplingPlan.key(values), k -> new Stratum(values));
        }
        return all;
    }

    private Set<String> valuesOf(Dimension d) {
        Set<String> values = new LinkedHashSet<>();
        switch (d) {
            case COUNTY -> values.addAll(plan.frame().counties().isEmpty() ? counties : plan.frame().counties());
            case PROGRAM -> plan.frame().programs().stream().sorted().map(Program::name).forEach(values::add);
            case OUTCOME -> plan.frame().decisions().stream().sorted().map(Outcome::of).sorted()
                    .map(Outcome::name).forEach(values::add);
            case GROUP -> values.addAll(plan.frame().groups());
            case TOWNSHIP -> throw new IllegalStateException("townships are not enumerated");
        }
        return values;
    }
}
