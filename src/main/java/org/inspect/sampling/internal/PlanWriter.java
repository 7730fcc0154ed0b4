package org.inspect.sampling.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.EnumSet;
import org.inspect.sampling.SamplingPlan;
import org.inspect.sampling.SizeRule;

/** Writes a plan in the file format {@link PlanJson} reads, every default spelled out. */
final class PlanWriter {

    private PlanWriter() {
    }

    static String write(SamplingPlan plan) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("name", plan.name());
        if (plan.description() != null) {
            root.put("description", plan.description());
        }
        root.put("confidence", plan.confidence());
        frame(plan.frame(), root.putObject("frame"));
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
            root.put(PlanJson.MAX_COUNTIES, plan.maxCountiesPerInspector());
        }
        return Json.write(root);
    }

    private static void frame(SamplingPlan.Frame plan, ObjectNode frame) {
        if (plan.ofItems()) {
            frame.put("kind", FrameJson.ITEMS);
            counties(plan, frame);
            if (plan.itemsThrough() > 0) {
                frame.put("through_event", plan.itemsThrough());
            }
        } else if (plan.ofHouseholds()) {
            frame.put("kind", FrameJson.HOUSEHOLDS);
            ArrayNode groups = frame.putArray("groups");
            plan.groups().forEach(groups::add);
            counties(plan, frame);
        } else {
            caseFrame(plan, frame);
        }
    }

    private static void caseFrame(SamplingPlan.Frame plan, ObjectNode frame) {
        if (plan.isLookBack()) {
            frame.put("kind", FrameJson.LOOK_BACK);
            frame.put("reference", plan.to().toString());
            frame.put("lookBack", plan.lookBack().toString());
        } else {
            frame.put("from", plan.from().toString());
            frame.put("to", plan.to().toString());
        }
        ArrayNode decisions = frame.putArray("decisions");
        EnumSet.copyOf(plan.decisions()).forEach(d -> decisions.add(d.name()));
        ArrayNode programs = frame.putArray("programs");
        EnumSet.copyOf(plan.programs()).forEach(p -> programs.add(p.name()));
        counties(plan, frame);
    }

    private static void counties(SamplingPlan.Frame plan, ObjectNode frame) {
        if (!plan.counties().isEmpty()) {
            ArrayNode counties = frame.putArray("counties");
            plan.counties().forEach(counties::add);
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
