package org.inspect.sampling.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.error.BadInputException;
import org.inspect.focus.FocusGroup;
import org.inspect.model.Coded;
import org.inspect.model.Program;
import org.inspect.sampling.Dimension;
import org.inspect.sampling.Outcome;
import org.inspect.sampling.Rates;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.SizeRule;

/**
 * Reads and writes sampling-plan JSON, with errors that name the file and the field: the plan's own fields here, its
 * frame in {@link FrameJson}, the writing in {@link PlanWriter}.
 */
public final class PlanJson extends PlanFields {

    /** The most counties one inspector may be assigned cases in (absent: no limit). */
    static final String MAX_COUNTIES = "maxCountiesPerInspector";

    private static final List<Dimension> DEFAULT_STRATA = List.of(Dimension.COUNTY, Dimension.PROGRAM,
            Dimension.OUTCOME);
    private static final List<Dimension> HOUSEHOLD_STRATA = List.of(Dimension.COUNTY, Dimension.GROUP);
    private static final List<Dimension> ITEM_STRATA = List.of(Dimension.COUNTY);

    private PlanJson(String source) {
        super(source);
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

    /** Writes a plan in the file format, every default spelled out. */
    public static String write(SamplingPlan plan) {
        return PlanWriter.write(plan);
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
        SamplingPlan.Frame frame = new FrameJson(source).frame(root.get("frame"));
        List<Dimension> strata = frame.ofItems() ? itemStrata(root.get("strata"))
                : strata(root.get("strata"), frame.ofHouseholds());
        if (!root.has("size")) {
            throw fail("size", "is missing: give {\"rate\", \"min\", \"max\"}, {\"count\"} or"
                    + " {\"confidence\", \"tolerable\", \"expected\"}");
        }
        SizeRule size = size(root.get("size"), "size");
        List<SamplingPlan.StratumOverride> overrides = overrides(root.get("overrides"), strata);
        return new SamplingPlan(name, description, confidence, frame, strata, size, overrides, maxCounties(root));
    }

    private Integer maxCounties(JsonNode root) {
        if (!root.has(MAX_COUNTIES)) {
            return null;
        }
        int maxCounties = nonNegative(root, MAX_COUNTIES, "");
        if (maxCounties < 1) {
            throw fail(MAX_COUNTIES, "must be 1 or more (the counties one inspector may cover)");
        }
        return maxCounties;
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
            return rateSize(node, field);
        }
        if (node.has("tolerable")) {
            return attributeSize(node, field);
        }
        throw fail(field, "give {\"rate\", \"min\", \"max\"}, {\"count\"} or {\"confidence\", \"tolerable\","
                + " \"expected\"}");
    }

    private SizeRule rateSize(JsonNode node, String field) {
        onlyFields(node, field, "rate", "min", "max");
        BigDecimal rate = rate(node.get("rate"), field + ".rate");
        int min = node.has("min") ? nonNegative(node, "min", field) : 0;
        Integer max = node.has("max") ? nonNegative(node, "max", field) : null;
        if (max != null && max < min) {
            throw fail(field, "min " + min + " is above max " + max);
        }
        return new SizeRule.Rate(rate, min, max);
    }

    private SizeRule attributeSize(JsonNode node, String field) {
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

    private List<SamplingPlan.StratumOverride> overrides(JsonNode node, List<Dimension> strata) {
        List<SamplingPlan.StratumOverride> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        int i = 0;
        for (JsonNode o : array(node, "overrides")) {
            String field = "overrides[" + i++ + "]";
            onlyFields(o, field, "match", "size");
            Map<Dimension, String> values = match(o.get("match"), field + ".match", strata);
            if (!o.has("size")) {
                throw fail(field + ".size", "is missing");
            }
            list.add(new SamplingPlan.StratumOverride(values, size(o.get("size"), field + ".size")));
        }
        return list;
    }

    /** An override's {@code match}: a value for some of the plan's strata. */
    private Map<Dimension, String> match(JsonNode match, String field, List<Dimension> strata) {
        if (match == null || !match.isObject() || match.isEmpty()) {
            throw fail(field, "must name at least one dimension, e.g. {\"outcome\": \"REFUSED\"}");
        }
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Dimension d = dimension(e.getKey(), field);
            if (!strata.contains(d)) {
                throw fail(field, "dimension " + d.key() + " is not among the plan's strata "
                        + strata.stream().map(Dimension::key).toList());
            }
            values.put(d, matchValue(d, e.getValue().asText(), field + "." + d.key()));
        }
        return values;
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
}
