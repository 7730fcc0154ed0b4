package org.inspect.bench;

import java.util.List;
import java.util.Optional;

/**
 * A bench run at one size: its steps in the order they ran, the check's agreement with the demo's answer key,
 * and the time of the whole chain (import, compare, sample, check, report, notices, disclosure).
 */
public record BenchResult(int households, List<BenchStep> steps, KeyAgreement agreement) {

    /** The steps that make the chain a team runs (the baselines and the generation are not part of it). */
    public static final List<String> CHAIN = List.of(Bench.IMPORT, Bench.CHECK, Bench.COMPARE, Bench.SAMPLE,
            Bench.REPORT, Bench.NOTICES, Bench.DISCLOSURE);

    /** How the check's findings compare with the answer key: planted keys found, planted keys, findings not planted. */
    public record KeyAgreement(long found, long planted, long extra) {
        public boolean exact() {
            return found == planted && extra == 0;
        }
    }

    public Optional<BenchStep> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Seconds of the whole chain. */
    public double chainSeconds() {
        return steps.stream().filter(s -> CHAIN.contains(s.name())).mapToDouble(BenchStep::seconds).sum();
    }
}
