package org.inspect.sampling.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.inspect.error.BadInputException;
import org.inspect.focus.FocusGroup;
import org.inspect.model.Coded;
import org.inspect.model.Decision;
import org.inspect.model.Program;
import org.inspect.sampling.Dimension;
import org.inspect.sampling.Outcome;
import org.inspect.sampling.Rates;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.SizeRule;

/** Reads and writes sampling-plan JSON, with errors that name the file and the field. */
public final class PlanJson {

    private static final Set<Decision> DEFAULT_DECISIONS = EnumSet.of(Decision.APPROVED, Decision.REJECTED,
            Decision.TERMINATED);
    private static final Set<Program> DEFAULT_PROGRAMS = EnumSet.of(Program.DIBAO, Program.TEKUN);
    private static final List<Dimension> DEFAULT_STRATA = List.of(Dimension.COUNTY, Dimension.PROGRAM,
            Dimension.OUTCOME);

    private static final List<Dimension> HOUSEHOLD_STRATA = List.of(Dimension.COUNTY, Dimension.GROUP);
    private static final String HOUSEHOLDS = "households";
    private static final String LOOK_BACK = "look-back";
    /** A look-back window when the plan gives none: a year before the reference date. */
    private static final Period DEFAULT_LOOK_BACK = Period.ofYears(1);
    private static final String ITEMS = "rect_items";
    private static final List<Dimension> ITEM_STRATA = List.of(Dimension.COUNTY);
    /** The most counties one inspector may be assigned cases in (absent: no limit). */
    private static final String MAX_COUNTIES = "maxCountiesPerInspector";

    private final String source;

    private PlanJson(String source) {
        this.source = source;
    }

    /** Parses a plan; {@code source} (a file name) prefixes every error. */
    public static SamplingPlan parse(String json, String source) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()), e);
        }
        return new PlanJson(source).plan(root);
    }

    private SamplingPlan plan(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("", "the plan must be a JSON object");
        }
        onlyFields(root, "", "name", "description", "confidence", "frame", "strata", "size", "overrides",
                MAX_COUNTIES);
        String name = text(root, "name", true);
        String description = text(root, "description", false);
        BigDecimal confidence = root.has("confidence") ? openRate(root.get("confidence"), "confidence")
                : new BigDecimal("0.95");
        SamplingPlan.Frame frame = frame(root.get("frame"));
        List<Dimension> strata = frame.ofItems() ? itemStrata(root.get("strata"))
                : strata(root.get("strata"), frame.ofHouseholds());
        if (!root.has("size")) {
            throw fail("size", "is missing: give {\"rate\", \"min\", \"max\"}, {\"count\"} or"
                    + " {\"confidence\", \"tolerable\", \"expected\"}");
        }
        SizeRule size = size(root.get("size"), "size");
        List<SamplingPlan.StratumOverride> overrides = overrides(root.get("overrides"), strata);
        Integer maxCounties = null;
        if (root.has(MAX_COUNTIES)) {
            maxCounties = nonNegative(root, MAX_COUNTIES, "");
            if (maxCounties < 1) {
                throw fail(MAX_COUNTIES, "must be 1 or more (the counties one inspector may cover)");
            }
        }
        return new SamplingPlan(name, description, confidence, frame, strata, size, overrides, maxCounties);
    }

    private SamplingPlan.Frame frame(JsonNode node) {
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
        onlyFields(node, "frame", "kind", "from", "to", "decisions", "programs", "counties");
        LocalDate from = date(node, "from");
        LocalDate to = date(node, "to");
        if (from.isAfter(to)) {
            throw fail("frame", "period from " + from + " is after to " + to);
        }
        Set<Decision> decisions = node.has("decisions") ? codes(node.get("decisions"), "frame.decisions",
                Decision.class) : DEFAULT_DECISIONS;
        Set<Program> programs = node.has("programs") ? codes(node.get("programs"), "frame.programs", Program.class)
                : DEFAULT_PROGRAMS;
        return new SamplingPlan.Frame(from, to, decisions, programs, counties(node));
    }

    /**
     * {@code {"kind": "look-back", "reference": "2019-03-01", "lookBack": "P1Y", ...}}: cases in force on the
     * reference date and refusals and terminations within the look-back window (ISO-8601 period, default a year).
     */
    private SamplingPlan.Frame lookBackFrame(JsonNode node) {
        onlyFields(node, "frame", "kind", "reference", "lookBack", "decisions", "programs", "counties");
        LocalDate reference = date(node, "reference");
        Period window = DEFAULT_LOOK_BACK;
        if (node.has("lookBack")) {
            String text = node.get("lookBack").asText();
            try {
                window = Period.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("frame.lookBack", "'" + text + "' is not a period: write P1Y (a year), P6M (six months)"
                        + " or P90D");
            }
            if (window.isNegative() || window.isZero()) {
                throw fail("frame.lookBack", "'" + text + "' must be longer than zero");
            }
        }
        Set<Decision> decisions = node.has("decisions") ? codes(node.get("decisions"), "frame.decisions",
                Decision.class) : DEFAULT_DECISIONS;
        if (decisions.contains(Decision.PENDING)) {
            throw fail("frame.decisions", "PENDING has no place in a look-back frame: it holds cases in force,"
                    + " refusals and terminations");
        }
        Set<Program> programs = node.has("programs") ? codes(node.get("programs"), "frame.programs", Program.class)
                : DEFAULT_PROGRAMS;
        return SamplingPlan.Frame.lookBack(reference, window, decisions, programs, counties(node));
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

    private List<Dimension> strata(JsonNode node, boolean households) {
        if (node == null) {
            return households ? HOUSEHOLD_STRATA : DEFAULT_STRATA;
        }
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (JsonNode d : array(node, "strata")) {
            Dimension dim = dimension(d.asText(), "strata");
            if (households ? dim == Dimension.PROGRAM || dim == Dimension.OUTCOME : dim == Dimension.GROUP) {
                throw fail("strata", "'" + dim.key() + "' does not apply to a frame of " + (households
                        ? "households: use county, township, group" : "cases: use county, township, program, outcome"));
            }
            dims.add(dim);
        }
        return List.copyOf(dims);
    }

    /** A frame of items is stratified by county or not at all. */
    private List<Dimension> itemStrata(JsonNode node) {
        if (node == null) {
            return ITEM_STRATA;
        }
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (JsonNode d : array(node, "strata")) {
            Dimension dim = dimension(d.asText(), "strata");
            if (dim != Dimension.COUNTY) {
                throw fail("strata", "'" + dim.key() + "' does not apply to a frame of rectification items: use county");
            }
            dims.add(dim);
        }
        return List.copyOf(dims);
    }

    private Dimension dimension(String text, String field) {
        for (Dimension d : Dimension.values()) {
            if (d.key().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        throw fail(field, "'" + text + "' is not a dimension: use county, township, program, outcome, group");
    }

    private SizeRule size(JsonNode node, String field) {
        if (!node.isObject()) {
            throw fail(field, "must be an object");
        }
        if (node.has("count")) {
            onlyFields(node, field, "count");
            return new SizeRule.Count(nonNegative(node, "count", field));
        }
        if (node.has("rate")) {
            onlyFields(node, field, "rate", "min", "max");
            BigDecimal rate = rate(node.get("rate"), field + ".rate");
            int min = node.has("min") ? nonNegative(node, "min", field) : 0;
            Integer max = node.has("max") ? nonNegative(node, "max", field) : null;
            if (max != null && max < min) {
                throw fail(field, "min " + min + " is above max " + max);
            }
            return new SizeRule.Rate(rate, min, max);
        }
        if (node.has("tolerable")) {
            onlyFields(node, field, "confidence", "tolerable", "expected");
            if (!node.has("confidence")) {
                throw fail(field + ".confidence", "is missing");
            }
            BigDecimal confidence = openRate(node.get("confidence"), field + ".confidence");
            BigDecimal tolerable = openRate(node.get("tolerable"), field + ".tolerable");
            BigDecimal expected = node.has("expected") ? rate(node.get("expected"), field + ".expected")
                    : BigDecimal.ZERO;
            if (expected.compareTo(tolerable) >= 0) {
                throw fail(field, "expected rate " + Rates.percent(expected) + " must be below the tolerable rate "
                        + Rates.percent(tolerable) + ": no sample size can honour it");
            }
            return new SizeRule.Attribute(confidence, tolerable, expected);
        }
        throw fail(field, "give {\"rate\", \"min\", \"max\"}, {\"count\"} or {\"confidence\", \"tolerable\","
                + " \"expected\"}");
    }

    private List<SamplingPlan.StratumOverride> overrides(JsonNode node, List<Dimension> strata) {
        List<SamplingPlan.StratumOverride> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        int i = 0;
        for (JsonNode o : array(node, "overrides")) {
            String field = "overrides[" + i++ + "]";
            onlyFields(o, field, "match", "size");
            JsonNode match = o.get("match");
            if (match == null || !match.isObject() || match.isEmpty()) {
                throw fail(field + ".match", "must name at least one dimension, e.g. {\"outcome\": \"REFUSED\"}");
            }
            Map<Dimension, String> values = new EnumMap<>(Dimension.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Dimension d = dimension(e.getKey(), field + ".match");
                if (!strata.contains(d)) {
                    throw fail(field + ".match", "dimension " + d.key() + " is not among the plan's strata "
                            + strata.stream().map(Dimension::key).toList());
                }
                values.put(d, matchValue(d, e.getValue().asText(), field + ".match." + d.key()));
            }
            if (!o.has("size")) {
                throw fail(field + ".size", "is missing");
            }
            list.add(new SamplingPlan.StratumOverride(values, size(o.get("size"), field + ".size")));
        }
        return list;
    }

    private String matchValue(Dimension d, String value, String field) {
        return switch (d) {
            case PROGRAM -> Coded.parse(Program.class, value).orElseThrow(() -> fail(field, "'" + value
                    + "' is not a program: " + Coded.spellings(Program.class))).name();
            case OUTCOME -> {
                for (Outcome o : Outcome.values()) {
                    if (o.name().equalsIgnoreCase(value.strip())) {
                        yield o.name();
                    }
                }
                throw fail(field, "'" + value + "' is not an outcome: APPROVED, REFUSED (rejected or terminated),"
                        + " PENDING");
            }
            case GROUP -> Coded.parse(FocusGroup.class, value).orElseThrow(() -> fail(field, "'" + value
                    + "' is not a focus group: " + Coded.spellings(FocusGroup.class))).name();
            case COUNTY, TOWNSHIP -> value;
        };
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

    private BigDecimal rate(JsonNode node, String field) {
        try {
            return Rates.parse(node.isNumber() ? node.decimalValue().toPlainString() : node.asText(), field);
        } catch (BadInputException e) {
            throw new BadInputException(source + ": " + e.getMessage(), e);
        }
    }

    private BigDecimal openRate(JsonNode node, String field) {
        BigDecimal r = rate(node, field);
        if (r.signum() == 0 || r.compareTo(BigDecimal.ONE) == 0) {
            throw fail(field, Rates.percent(r) + " must lie strictly between 0 % and 100 %");
        }
        return r;
    }

    private LocalDate date(JsonNode node, String name) {
        String text = text(node, name, true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("frame." + name, "'" + text + "' is not a date: write YYYY-MM-DD");
        }
    }

    private int nonNegative(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
            throw fail(field + "." + name, "'" + v.asText() + "' must be a whole number, 0 or more");
        }
        return v.intValue();
    }

    private String text(JsonNode node, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw fail(name, "is missing");
            }
            return null;
        }
        return v.asText();
    }

    private Iterable<JsonNode> array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw fail(field, "must be a JSON array");
        }
        return node;
    }

    private void onlyFields(JsonNode node, String field, String... allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!List.of(allowed).contains(f)) {
                throw fail(field.isEmpty() ? f : field + "." + f, "is not a field here; expected one of "
                        + List.of(allowed));
            }
        }
    }

    private BadInputException fail(String field, String message) {
        return new BadInputException(source + ": " + (field.isEmpty() ? "" : field + " ") + message);
    }

    /** Writes a plan in the file format, every default spelled out. */
    public static String write(SamplingPlan plan) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("name", plan.name());
        if (plan.description() != null) {
            root.put("description", plan.description());
        }
        root.put("confidence", plan.confidence());
        ObjectNode frame = root.putObject("frame");
        if (plan.frame().ofItems()) {
            frame.put("kind", ITEMS);
            if (!plan.frame().counties().isEmpty()) {
                ArrayNode counties = frame.putArray("counties");
                plan.frame().counties().forEach(counties::add);
            }
            if (plan.frame().itemsThrough() > 0) {
                frame.put("through_event", plan.frame().itemsThrough());
            }
        } else if (plan.frame().ofHouseholds()) {
            frame.put("kind", HOUSEHOLDS);
            ArrayNode groups = frame.putArray("groups");
            plan.frame().groups().forEach(groups::add);
            if (!plan.frame().counties().isEmpty()) {
                ArrayNode counties = frame.putArray("counties");
                plan.frame().counties().forEach(counties::add);
            }
        } else {
            caseFrame(plan, frame);
        }
        ArrayNode strata = root.putArray("strata");
        plan.strata().forEach(d -> strata.add(d.key()));
        root.set("size", sizeNode(plan.size()));
        if (!plan.overrides().isEmpty()) {
            ArrayNode overrides = root.putArray("overrides");
            for (SamplingPlan.StratumOverride o : plan.overrides()) {
                ObjectNode on = overrides.addObject();
                ObjectNode match = on.putObject("match");
                new EnumMap<>(o.match()).forEach((d, v) -> match.put(d.key(), v));
                on.set("size", sizeNode(o.size()));
            }
        }
        if (plan.maxCountiesPerInspector() != null) {
            root.put(MAX_COUNTIES, plan.maxCountiesPerInspector());
        }
        return Json.write(root);
    }

    private static void caseFrame(SamplingPlan plan, ObjectNode frame) {
        if (plan.frame().isLookBack()) {
            frame.put("kind", LOOK_BACK);
            frame.put("reference", plan.frame().to().toString());
            frame.put("lookBack", plan.frame().lookBack().toString());
        } else {
            frame.put("from", plan.frame().from().toString());
            frame.put("to", plan.frame().to().toString());
        }
        ArrayNode decisions = frame.putArray("decisions");
        EnumSet.copyOf(plan.frame().decisions()).forEach(d -> decisions.add(d.name()));
        ArrayNode programs = frame.putArray("programs");
        EnumSet.copyOf(plan.frame().programs()).forEach(p -> programs.add(p.name()));
        if (!plan.frame().counties().isEmpty()) {
            ArrayNode counties = frame.putArray("counties");
            plan.frame().counties().forEach(counties::add);
        }
    }

    private static ObjectNode sizeNode(SizeRule rule) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        if (rule instanceof SizeRule.Rate r) {
            n.put("rate", r.rate());
            n.put("min", r.min());
            if (r.max() != null) {
                n.put("max", r.max());
            }
        } else if (rule instanceof SizeRule.Count c) {
            n.put("count", c.count());
        } else if (rule instanceof SizeRule.Attribute a) {
            n.put("confidence", a.confidence());
            n.put("tolerable", a.tolerable());
            n.put("expected", a.expected());
        }
        return n;
    }
}
