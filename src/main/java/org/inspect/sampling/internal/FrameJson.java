package org.inspect.sampling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inspect.focus.FocusGroup;
import org.inspect.model.Coded;
import org.inspect.model.Decision;
import org.inspect.model.Program;
import org.inspect.sampling.SamplingPlan;

/** Reads a plan's {@code frame}: cases of a period (the default), a look-back, households or rectification items. */
final class FrameJson extends PlanFields {

    static final String HOUSEHOLDS = "households";
    static final String LOOK_BACK = "look-back";
    static final String ITEMS = "rect_items";

    private static final Set<Decision> DEFAULT_DECISIONS = EnumSet.of(Decision.APPROVED, Decision.REJECTED,
            Decision.TERMINATED);
    private static final Set<Program> DEFAULT_PROGRAMS = EnumSet.of(Program.DIBAO, Program.TEKUN);
    /** A look-back window when the plan gives none: a year before the reference date. */
    private static final Period DEFAULT_LOOK_BACK = Period.ofYears(1);

    FrameJson(String source) {
        super(source);
    }

    SamplingPlan.Frame frame(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw fail("frame", "is missing: give at least {\"from\": \"2019-03-01\", \"to\": \"2019-06-30\"}");
        }
        if (node.has("kind")) {
            String kind = node.get("kind").asText();
            if (HOUSEHOLDS.equals(kind)) {
                return householdFrame(node);
            }
            if (LOOK_BACK.equals(kind)) {
                return lookBackFrame(node);
            }
            if (ITEMS.equals(kind)) {
                return itemFrame(node);
            }
            if (!"cases".equals(kind)) {
                throw fail("frame.kind", "'" + kind + "' is not a frame kind: use cases (the default), look-back, "
                        + "households or " + ITEMS);
            }
        }
        return caseFrame(node);
    }

    /** {@code {"from": "2019-03-01", "to": "2019-06-30", ...}}: the cases decided in a period. */
    private SamplingPlan.Frame caseFrame(JsonNode node) {
        onlyFields(node, "frame", "kind", "from", "to", "decisions", "programs", "counties");
        LocalDate from = date(node, "from");
        LocalDate to = date(node, "to");
        if (from.isAfter(to)) {
            throw fail("frame", "period from " + from + " is after to " + to);
        }
        return new SamplingPlan.Frame(from, to, decisions(node), programs(node), counties(node));
    }

    /**
     * {@code {"kind": "look-back", "reference": "2019-03-01", "lookBack": "P1Y", ...}}: cases in force on the
     * reference date and refusals and terminations within the look-back window (ISO-8601 period, default a year).
     */
    private SamplingPlan.Frame lookBackFrame(JsonNode node) {
        onlyFields(node, "frame", "kind", "reference", "lookBack", "decisions", "programs", "counties");
        LocalDate reference = date(node, "reference");
        Period window = node.has("lookBack") ? lookBack(node.get("lookBack").asText()) : DEFAULT_LOOK_BACK;
        Set<Decision> decisions = decisions(node);
        if (decisions.contains(Decision.PENDING)) {
            throw fail("frame.decisions", "PENDING has no place in a look-back frame: it holds cases in force,"
                    + " refusals and terminations");
        }
        return SamplingPlan.Frame.lookBack(reference, window, decisions, programs(node), counties(node));
    }

    private Period lookBack(String text) {
        Period window;
        try {
            window = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("frame.lookBack", "'" + text + "' is not a period: write P1Y (a year), P6M (six months)"
                    + " or P90D");
        }
        if (window.isNegative() || window.isZero()) {
            throw fail("frame.lookBack", "'" + text + "' must be longer than zero");
        }
        return window;
    }

    /** {@code {"kind": "households", "groups": [...], "counties": [...]}}: households of focus groups. */
    private SamplingPlan.Frame householdFrame(JsonNode node) {
        onlyFields(node, "frame", "kind", "groups", "counties");
        List<String> groups = new ArrayList<>();
        if (!node.has("groups")) {
            throw fail("frame.groups", "is missing: give the focus groups, e.g. [\"UNCOVERED_POOR\", \"MARGINAL\","
                    + " \"SEVERE\"]");
        }
        for (JsonNode g : array(node.get("groups"), "frame.groups")) {
            String group = Coded.parse(FocusGroup.class, g.asText()).orElseThrow(() -> fail("frame.groups", "'"
                    + g.asText() + "' is not a focus group: " + Coded.spellings(FocusGroup.class))).name();
            if (!groups.contains(group)) {
                groups.add(group);
            }
        }
        if (groups.isEmpty()) {
            throw fail("frame.groups", "is empty: the frame would hold no household");
        }
        return SamplingPlan.Frame.households(groups, counties(node));
    }

    /**
     * {@code {"kind": "rect_items", "counties": [...], "through_event": N}}: the rectification items CLOSED in the
     * history up to event N (re-inspection, 复查); without N the draw takes the history's last event.
     */
    private SamplingPlan.Frame itemFrame(JsonNode node) {
        onlyFields(node, "frame", "kind", "counties", "through_event");
        long through = 0;
        if (node.has("through_event")) {
            JsonNode v = node.get("through_event");
            if (!v.canConvertToLong() || !v.isIntegralNumber() || v.longValue() < 0) {
                throw fail("frame.through_event", "'" + v.asText() + "' must be a whole number, 0 or more");
            }
            through = v.longValue();
        }
        return SamplingPlan.Frame.closedItems(counties(node), through);
    }

    private List<String> counties(JsonNode node) {
        List<String> counties = new ArrayList<>();
        if (node.has("counties")) {
            for (JsonNode c : array(node.get("counties"), "frame.counties")) {
                if (!c.isTextual() || !c.asText().matches("\\d{6}")) {
                    throw fail("frame.counties", "'" + c.asText() + "' is not a 6-digit county code");
                }
                counties.add(c.asText());
            }
        }
        return counties;
    }

    private Set<Decision> decisions(JsonNode node) {
        return node.has("decisions") ? codes(node.get("decisions"), "frame.decisions", Decision.class)
                : DEFAULT_DECISIONS;
    }

    private Set<Program> programs(JsonNode node) {
        return node.has("programs") ? codes(node.get("programs"), "frame.programs", Program.class) : DEFAULT_PROGRAMS;
    }

    private <E extends Enum<E> & Coded> Set<E> codes(JsonNode node, String field, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (JsonNode v : array(node, field)) {
            set.add(Coded.parse(type, v.asText()).orElseThrow(() -> fail(field, "'" + v.asText()
                    + "' is not one of " + Coded.spellings(type))));
        }
        if (set.isEmpty()) {
            throw fail(field, "is empty: the frame would hold no case");
        }
        return set;
    }

    private LocalDate date(JsonNode node, String name) {
        String text = text(node, name, true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("frame." + name, "'" + text + "' is not a date: write YYYY-MM-DD");
        }
    }
}
