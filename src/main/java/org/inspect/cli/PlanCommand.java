package org.inspect.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.sampling.Rates;
import org.inspect.sampling.SampleSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code inspect plan}: the attribute-sampling size for a confidence, tolerable and expected deviation rate
 * (binomial, or hypergeometric for a population), or with {@code --evaluate} the Clopper–Pearson upper bound.
 */
@Command(name = "plan", resourceBundle = "org.inspect.cli.sampling", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {

    private final Console console;

    PlanCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--confidence", paramLabel = "C", descriptionKey = "plan.confidence")
    String confidence;

    @Option(names = "--tolerable", paramLabel = "T", descriptionKey = "plan.tolerable")
    String tolerable;

    @Option(names = "--expected", paramLabel = "E", defaultValue = "0", descriptionKey = "plan.expected")
    String expected;

    @Option(names = "--population", paramLabel = "N", descriptionKey = "plan.population")
    Long population;

    @Option(names = "--evaluate", descriptionKey = "plan.evaluate")
    boolean evaluate;

    @Option(names = "--sample", paramLabel = "n", descriptionKey = "plan.sample")
    Integer sample;

    @Option(names = "--deviations", paramLabel = "k", descriptionKey = "plan.deviations")
    Integer deviations;

    @Override
    public Integer call() {
        BigDecimal c = Rates.parse(required(confidence, "--confidence"), "confidence");
        if (evaluate) {
            int n = required(sample, "--sample");
            int k = required(deviations, "--deviations");
            double bound = SampleSize.upperBound(n, k, c);
            console.println(Messages.get("plan.bound", percent(bound), Rates.percent(c), k, n,
                    percent((double) k / n)));
            return ExitCodes.OK;
        }
        BigDecimal t = Rates.parse(required(tolerable, "--tolerable"), "tolerable deviation rate");
        BigDecimal e = Rates.parse(expected, "expected deviation rate");
        int n = population == null ? SampleSize.attribute(c, t, e) : SampleSize.attribute(c, t, e, population);
        String method = population == null ? Messages.get("plan.binomial")
                : Messages.get("plan.hypergeometric", population.toString());
        console.println(Messages.get("plan.size.detail", n, method, Rates.percent(c), Rates.percent(t),
                Rates.percent(e), SampleSize.allowedDeviations(e, n)));
        return ExitCodes.OK;
    }

    private static <T> T required(T value, String option) {
        if (value == null) {
            throw new BadInputException(Messages.get("plan.missing", option));
        }
        return value;
    }

    /** A rate as a percentage with one decimal: 0.0466 → 4.7%. */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}
