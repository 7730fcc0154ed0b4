package org.inspect.sampling;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import org.inspect.error.BadInputException;
import org.inspect.model.Decision;

/**
 * One pass over a frame source before a sample run is created: how many cases the plan's frame holds and, for
 * the message when it holds none, which decision dates the rolls hold per decision. An empty frame is refused
 * here, so a plan that finds nothing uses up no run number.
 */
final class FrameCount {

    /** The decision dates the rolls hold for one decision: how many cases, the first and last date. */
    public record Dates(long cases, LocalDate first, LocalDate last) {
    }

    private long inFrame;
    private final Map<Decision, Dates> dates = new EnumMap<>(Decision.class);

    private FrameCount() {
    }

    /** Counts the frame of {@code plan} in {@code source}. */
    public static FrameCount of(SamplingPlan plan, FrameSource source) {
        FrameCount count = new FrameCount();
        source.forEach(c -> {
            if (plan.frame().includes(c)) {
                count.inFrame++;
            }
            count.dates.merge(c.decision(), new Dates(1, c.decisionDate(), c.decisionDate()), FrameCount::merge);
        });
        return count;
    }

    private static Dates merge(Dates a, Dates b) {
        return new Dates(a.cases() + b.cases(), min(a.first(), b.first()), max(a.last(), b.last()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    public long inFrame() {
        return inFrame;
    }

    /** Decision → the dates the rolls hold, in decision order; a decision with no case is absent. */
    public Map<Decision, Dates> dates() {
        return Map.copyOf(dates);
    }

    /** What the rolls hold, e.g. {@code APPROVED 120 (2015-04-02 to 2018-12-28); REJECTED 40 (...)}. */
    public String describeDates() {
        StringBuilder sb = new StringBuilder();
        dates.forEach((d, x) -> sb.append(sb.length() == 0 ? "" : "; ").append(d.name()).append(' ').append(x.cases())
                .append(x.first() == null ? "" : " (" + x.first() + " – " + x.last() + ")"));
        return sb.length() == 0 ? "—" : sb.toString();
    }

    /**
     * The refusal of an empty frame: what the frame asked for, which decision dates the rolls hold, and how to
     * widen the plan (in the user's language through the CLI's bundles).
     */
    public BadInputException emptyFrame(SamplingPlan plan) {
        SamplingPlan.Frame f = plan.frame();
        String decisions = new TreeSet<>(f.decisions()).toString();
        String programs = new TreeSet<>(f.programs()).toString() + (f.counties().isEmpty() ? "" : " " + f.counties());
        String english = "plan " + plan.name() + ": no case in the frame; the rolls hold " + describeDates();
        return f.isLookBack()
                ? new BadInputException(english).localized("sample.emptyFrame.lookBack", plan.name(), f.to().toString(),
                        f.from().toString(), f.lookBack().toString(), decisions, programs, describeDates())
                : new BadInputException(english).localized("sample.emptyFrame.period", plan.name(),
                        f.from().toString(), f.to().toString(), decisions, programs, describeDates());
    }
}
