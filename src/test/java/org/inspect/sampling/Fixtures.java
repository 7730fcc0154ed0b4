package org.inspect.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.inspect.model.Decision;
import org.inspect.model.Inspector;
import org.inspect.model.Program;

/** Small named builders for sampling tests. */
final class Fixtures {

    static final String TAISHAN = "370902";
    static final String DAIYUE = "370911";
    static final String NINGYANG = "370921";
    static final String DONGPING = "370923";

    private Fixtures() {
    }

    /**
     * 3 counties × 2 programs × (approved, rejected, terminated), 3 to 7 cases each, decided in the campaign,
     * plus a pending case and a case decided before the campaign that no default plan takes.
     */
    static List<FrameCase> threeCountyFrame() {
        List<FrameCase> cases = new ArrayList<>();
        for (String county : List.of(TAISHAN, DAIYUE, NINGYANG)) {
            addCounty(cases, county);
        }
        cases.add(new FrameCase("P-" + TAISHAN + "-001", "H-P1", TAISHAN, "省庄镇", Program.DIBAO, Decision.PENDING,
                null));
        cases.add(new FrameCase("Z-" + DAIYUE + "-001", "H-Z1", DAIYUE, "山口镇", Program.DIBAO, Decision.APPROVED,
                LocalDate.of(2019, 2, 28)));
        return canonical(cases);
    }

    /** The three-county frame with a fourth county added. */
    static List<FrameCase> fourCountyFrame() {
        List<FrameCase> cases = new ArrayList<>(threeCountyFrame());
        addCounty(cases, DONGPING);
        return canonical(cases);
    }

    static void addCounty(List<FrameCase> cases, String county) {
        int serial = 0;
        int stratum = 0;
        for (Program program : List.of(Program.DIBAO, Program.TEKUN)) {
            for (Decision decision : List.of(Decision.APPROVED, Decision.REJECTED, Decision.TERMINATED)) {
                int count = 2 + (county.hashCode() + 3 * stratum++) % 5;
                for (int i = 0; i < count; i++) {
                    serial++;
                    cases.add(new FrameCase(String.format("C-%s-%03d", county, serial), "H-" + county + "-" + serial,
                            county, serial % 2 == 0 ? "东镇" : "西镇", program, decision,
                            LocalDate.of(2019, 3, 1).plusDays(serial)));
                }
            }
        }
    }

    static List<FrameCase> canonical(List<FrameCase> cases) {
        List<FrameCase> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparing(FrameCase::caseId));
        return List.copyOf(sorted);
    }

    /** A frame source over a list that counts how often it is streamed. */
    static final class ListFrame implements FrameSource {
        final List<FrameCase> cases;
        final AtomicInteger passes = new AtomicInteger();

        ListFrame(List<FrameCase> cases) {
            this.cases = cases;
        }

        @Override
        public void forEach(java.util.function.Consumer<FrameCase> consumer) {
            passes.incrementAndGet();
            cases.forEach(consumer);
        }
    }

    /** The campaign plan by county × program × outcome with the given size rule JSON. */
    static SamplingPlan plan(String sizeJson) {
        return plan(sizeJson, "");
    }

    static SamplingPlan plan(String sizeJson, String extraFrame) {
        return SamplingPlan.parse("""
                {"name": "test", "frame": {"from": "2019-03-01", "to": "2019-06-30"%s},
                 "strata": ["county", "program", "outcome"], "size": %s}
                """.formatted(extraFrame, sizeJson), "test plan");
    }

    /** Two inspectors from each of the counties given, ids I-<county>-1 and -2. */
    static List<Inspector> inspectorsFrom(String... counties) {
        List<Inspector> pool = new ArrayList<>();
        for (String county : counties) {
            for (int i = 1; i <= 2; i++) {
                pool.add(new Inspector("I-" + county + "-" + i, "检查员" + county + i, "市民政局", county, true));
            }
        }
        return pool;
    }

    static Inspector inspector(String id, String county) {
        return new Inspector(id, "检查员" + id, "市民政局", county, true);
    }

    static FrameCase withDecision(FrameCase c, Decision decision) {
        return new FrameCase(c.caseId(), c.householdId(), c.countyCode(), c.township(), c.program(), decision,
                c.decisionDate());
    }
}
