package org.inspect.report;

import java.util.List;
import java.util.Map;
import org.inspect.model.Finding;

/**
 * Everything the inspection report (专项行动抽查报告) shows, as plain data: roll sizes, the sampling plan and its
 * per-stratum results, the findings, the sample with its inspectors, and optionally the rectification status per
 * county. Names and identity numbers are masked in the document unless {@code fullData}.
 *
 * @param confidence the plan's confidence level (0.95) at which upper bounds are given
 * @param rectification county code → status; empty when not known (the chart is then left out)
 * @param focus the 集中救助 and focus-group sections, or null to leave them out
 */
public record ReportInput(Campaign campaign, String documentNumber, Rolls rolls, String planName, double confidence,
        String seedText, long seed, String verifyCommand, List<Stratum> strata, List<Finding> findings,
        List<SampledCase> sample, Map<String, Rectification> rectification, boolean fullData,
        String criteriaSha256, String unverifiedSample, FocusSection focus) {

    /** A report whose check run kept no criteria file (made before schema 7): the method section omits its hash. */
    public ReportInput(Campaign campaign, String documentNumber, Rolls rolls, String planName, double confidence,
            String seedText, long seed, String verifyCommand, List<Stratum> strata, List<Finding> findings,
            List<SampledCase> sample, Map<String, Rectification> rectification, boolean fullData) {
        this(campaign, documentNumber, rolls, planName, confidence, seedText, seed, verifyCommand, strata, findings,
                sample, rectification, fullData, null, null, null);
    }

    /**
     * The same report written although its sample no longer verifies ({@code --allow-unverified}): the cover says
     * so with {@code why}.
     */
    public ReportInput withUnverifiedSample(String why) {
        return new ReportInput(campaign, documentNumber, rolls, planName, confidence, seedText, seed, verifyCommand,
                strata, findings, sample, rectification, fullData, criteriaSha256, why, focus);
    }

    /** This report with the 集中救助 and focus-group sections. */
    public ReportInput withFocus(FocusSection section) {
        return new ReportInput(campaign, documentNumber, rolls, planName, confidence, seedText, seed, verifyCommand,
                strata, findings, sample, rectification, fullData, criteriaSha256, unverifiedSample, section);
    }

    public ReportInput {
        strata = List.copyOf(strata);
        findings = List.copyOf(findings);
        sample = List.copyOf(sample);
        rectification = Map.copyOf(rectification);
    }

    /** Sizes of the loaded rolls. */
    public record Rolls(long households, long members, long dibaoCases, long tekunCases, long registeredPoor) {
    }

    /**
     * One stratum of the draw (sampling.md): its key, county, programme (DIBAO/TEKUN) and outcome (APPROVED,
     * REJECTED…), frame and sample size, how many sampled cases deviate, the upper bound of the deviation rate at
     * the plan's confidence, and the SHA-256 of its frame.
     */
    public record Stratum(String key, String countyCode, String program, String outcome, long frameSize,
            int sampleSize, int deviations, double upperBound, String frameHash) {
    }

    /** A sampled case with the applicant's name and id number (masked on print) and the inspectors assigned. */
    public record SampledCase(String caseId, String countyCode, String stratumKey, String householdId, String name,
            String idNumber, List<String> inspectors) {

        public SampledCase {
            inspectors = List.copyOf(inspectors);
        }
    }

    /** Rectification progress of a county's findings. */
    public record Rectification(int open, int rectified, int verified) {
    }
}
