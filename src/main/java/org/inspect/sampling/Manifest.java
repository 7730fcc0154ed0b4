package org.inspect.sampling;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.inspect.error.BadInputException;
import org.inspect.sampling.internal.Json;

/**
 * The record of a draw that anyone holding the same rolls can check (spec "Manifest and verification"):
 * the plan, the seed, per stratum the frame size, sample size, frame SHA-256 and sampled case ids, the
 * inspector assignments (with the SHA-256 of the pool they came from), the toolkit version and the time.
 * The seed is written as a JSON string, since JSON readers may round 64-bit numbers.
 */
public record Manifest(String planName, JsonNode plan, @JsonFormat(shape = JsonFormat.Shape.STRING) long seed,
        String seedText, int teamSize, List<StratumResult> strata, List<Assignment> assignments,
        String poolSha256, String toolkitVersion, Instant createdAt) {

    public Manifest {
        strata = List.copyOf(strata);
        assignments = List.copyOf(assignments);
    }

    static Manifest of(SampleResult r, String toolkitVersion, Instant createdAt) {
        JsonNode plan;
        try {
            plan = Json.MAPPER.readTree(r.plan().toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan JSON written by the toolkit does not read back", e);
        }
        return new Manifest(r.plan().name(), plan, r.seed(), r.seedText(), r.teamSize(), r.strata(),
                r.assignments(), r.poolSha256(), toolkitVersion, createdAt);
    }

    /** The plan this draw followed. */
    public SamplingPlan samplingPlan() {
        return SamplingPlan.parse(plan.toString(), "plan in the manifest of " + planName);
    }

    /** The manifest as indented JSON. */
    public String toJson() {
        return Json.write(this);
    }

    /** Reads a manifest written by {@link #toJson()}. */
    public static Manifest fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException("not a sampling manifest: " + e.getOriginalMessage(), e);
        }
    }
}
