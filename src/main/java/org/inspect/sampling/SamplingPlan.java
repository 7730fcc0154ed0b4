package org.inspect.sampling;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.inspect.error.BadInputException;
import org.inspect.model.Decision;
import org.inspect.model.Program;
import org.inspect.sampling.internal.PlanJson;

/**
 * A sampling plan ({@code config/plans/*.json}, format in {@code config/plans/README.md}): the frame, the
 * strata dimensions, the size rule and its per-stratum overrides, and the confidence for evaluation.
 */
public record SamplingPlan(String name, String description, BigDecimal confidence, Frame frame,
        List<Dimension> strata, SizeRule size, List<StratumOverride> overrides, Integer maxCountiesPerInspector) {

    public SamplingPlan {
        strata = List.copyOf(strata);
        overrides = List.copyOf(overrides);
    }

    /**
     * A plan without a limit on the counties one inspector covers. With {@code maxCountiesPerInspector} set, no
     * inspector is assigned cases in more counties than that (inspectors within reach of the counties they visit).
     */
    public SamplingPlan(String name, String description, BigDecimal confidence, Frame frame,
            List<Dimension> strata, SizeRule size, List<StratumOverride> overrides) {
        this(name, description, confidence, frame, strata, size, overrides, null);
    }

    /**
     * The plan as a document names it: its description up to the first colon (市级随机抽查（回头看）), else the
     * whole description; the file name ({@code default}) only when the plan has no description.
     */
    public String title() {
        if (description == null || description.isBlank()) {
            return name;
        }
        String d = description.strip().replaceAll("[。.]+$", "");
        int colon = d.indexOf('：');
        return colon > 0 ? d.substring(0, colon) : d;
    }

    /**
     * Which cases are in the frame: decided in the period, with one of the decisions and programs. A look-back
     * frame ({@code "kind": "look-back"}, {@code lookBack} set) holds what a look-back (回头看) looks back at on the
     * reference date {@code to}: every approved case in force on the rolls, whatever its decision date, and the
     * refusals and terminations decided in the window [{@code from} = {@code to} − lookBack, {@code to}]. A
     * household frame ({@code "kind": "households"}) has {@code groups} instead: the focus groups it draws
     * households from, in the order that places a household in several groups in the first (its stratum); no
     * period.
     */
    public record Frame(LocalDate from, LocalDate to, Set<Decision> decisions, Set<Program> programs,
            List<String> counties, List<String> groups, Period lookBack, Long itemsThrough) {

        /**
         * A frame of cases or households. {@code lookBack} is set only for a look-back frame; {@code itemsThrough} only for a frame of closed rectification
         * items (kind {@code rect_items}, re-inspection): the items CLOSED in the history up to that event
         * sequence number, 0 while not yet fixed (the draw fixes it at the last event).
         */
        public Frame(LocalDate from, LocalDate to, Set<Decision> decisions, Set<Program> programs,
                List<String> counties, List<String> groups) {
            this(from, to, decisions, programs, counties, groups, null, null);
        }

        public Frame {
            decisions = Set.copyOf(decisions);
            programs = Set.copyOf(programs);
            counties = List.copyOf(counties);
            groups = List.copyOf(groups);
        }

        /** A frame of cases decided in [from, to]. */
        public Frame(LocalDate from, LocalDate to, Set<Decision> decisions, Set<Program> programs,
                List<String> counties) {
            this(from, to, decisions, programs, counties, List.of(), null, null);
        }

        /** A frame of households of focus groups. */
        public static Frame households(List<String> groups, List<String> counties) {
            return new Frame(null, null, Set.of(), Set.of(), counties, groups, null, null);
        }

        /** A look-back frame on {@code reference}: cases in force, refusals and terminations within {@code window}. */
        public static Frame lookBack(LocalDate reference, Period window, Set<Decision> decisions,
                Set<Program> programs, List<String> counties) {
            return new Frame(reference.minus(window), reference, decisions, programs, counties, List.of(), window, null);
        }

        /** A frame of the rectification items closed through event {@code through} (0: the last event at the draw). */
        public static Frame closedItems(List<String> counties, long through) {
            return new Frame(null, null, Set.of(), Set.of(), counties, List.of(), null, through);
        }

        /** Whether the frame draws closed rectification items (kind {@code rect_items}). */
        public boolean ofItems() {
            return itemsThrough != null;
        }

        /** The same frame fixed at event {@code seq} of the rectification history. */
        public Frame through(long seq) {
            return new Frame(from, to, decisions, programs, counties, groups, lookBack, seq);
        }

        /** Whether the frame draws households (kind {@code households}) rather than cases. */
        public boolean ofHouseholds() {
            return !groups.isEmpty();
        }

        /** Whether this is a look-back frame (kind {@code look-back}). */
        public boolean isLookBack() {
            return lookBack != null;
        }

        /**
         * Whether a case is in the frame. A pending case has no decision date and is in the frame whenever
         * the plan includes PENDING; any other case without a decision date is bad input, except an approved case
         * of a look-back frame, which is in force whatever its decision date.
         */
        public boolean includes(FrameCase c) {
            if (ofItems()) {
                return counties.isEmpty() || counties.contains(c.countyCode());
            }
            if (ofHouseholds()) {
                return c.group() != null && groups.contains(c.group())
                        && (counties.isEmpty() || counties.contains(c.countyCode()));
            }
            if (!decisions.contains(c.decision()) || !programs.contains(c.program())) {
                return false;
            }
            if (!counties.isEmpty() && !counties.contains(c.countyCode())) {
                return false;
            }
            if (isLookBack() && c.decision() == Decision.APPROVED) {
                return true; // on the rolls and not terminated: in force on the reference date
            }
            if (c.decisionDate() == null) {
                if (c.decision() == Decision.PENDING) {
                    return true;
                }
                throw new BadInputException("case " + c.caseId() + " has decision " + c.decision()
                        + " but no decision date: it cannot be placed in the frame " + from + " to " + to);
            }
            return !c.decisionDate().isBefore(from) && !c.decisionDate().isAfter(to);
        }
    }

    /** A size rule for the strata whose dimension values equal all of {@code match}. */
    public record StratumOverride(Map<Dimension, String> match, SizeRule size) {

        public StratumOverride {
            match = Map.copyOf(match);
        }

        /** Whether a stratum with these values is matched. */
        public boolean matches(Map<Dimension, String> values) {
            return match.entrySet().stream().allMatch(e -> e.getValue().equals(values.get(e.getKey())));
        }
    }

    /** The same plan with its frame replaced. */
    public SamplingPlan withFrame(Frame other) {
        return new SamplingPlan(name, description, confidence, other, strata, size, overrides,
                maxCountiesPerInspector);
    }

    /** Reads a plan file. */
    public static SamplingPlan load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read sampling plan " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses plan JSON; {@code source} names it in error messages. */
    public static SamplingPlan parse(String json, String source) {
        return PlanJson.parse(json, source);
    }

    /** The plan as JSON in the file format (as stored in a manifest). */
    public String toJson() {
        return PlanJson.write(this);
    }

    /** The rule for a stratum: the first override that matches, else the plan's size rule. */
    public SizeRule ruleFor(Map<Dimension, String> values) {
        return overrides.stream().filter(o -> o.matches(values)).map(StratumOverride::size).findFirst().orElse(size);
    }

    /** A case's values for the plan's dimensions. */
    public Map<Dimension, String> valuesOf(FrameCase c) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Dimension d : strata) {
            values.put(d, d.valueOf(c));
        }
        return values;
    }

    /**
     * The stratum key of dimension values: {@code dimension=value} pairs in {@link Dimension} order joined by
     * {@code ;}, e.g. {@code county=370902;program=DIBAO;outcome=APPROVED}; {@code all} for a plan without
     * dimensions (one stratum).
     */
    public static String key(Map<Dimension, String> values) {
        if (values.isEmpty()) {
            return "all";
        }
        StringJoiner j = new StringJoiner(";");
        new TreeMap<>(values).forEach((d, v) -> j.add(d.key() + "=" + v));
        return j.toString();
    }
}
