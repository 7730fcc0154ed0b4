package org.inspect.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspect.model.Counties;
import org.inspect.report.FocusSection;

/**
 * The report's focus parts: how the focus groups are defined and drawn (clause 四（二）一), then 集中救助 (clause
 * 二（三）) and the focus groups per county with the household sample's results.
 */
record ReportFocus(FocusSection f, Template t, Wording w, PdfDoc pdf) {

    /** The focus groups' definitions and how their households are drawn, within the method. */
    void method() {
        pdf.subheading(t.text("focus.method.heading"));
        t.paragraphs("focus.method.body", Map.of()).forEach(pdf::para);
        if (f.householdSample() != null) {
            pdf.para(t.text("focus.method.sample", Map.of("run", f.householdSample(), "plan", f.householdPlan())));
        } else {
            pdf.para(t.text("focus.method.noSample"));
        }
    }

    /** 集中救助 per county, and the focus groups per county with the household sample's results. */
    void results() {
        pdf.heading(t.text("focus.heading"));
        drives();
        groups();
    }

    private void drives() {
        pdf.subheading(t.text("drive.heading"));
        Map<String, Object> v = Map.of("year", Integer.toString(f.driveYear()), "asOf", w.date(f.asOf()));
        if (!f.driveJudgeable()) {
            pdf.para(t.text("drive.notYet", v));
        } else {
            long without = f.drives().stream().filter(d -> d.march() == 0).count();
            pdf.para(t.text(without == 0 ? "drive.allHeld" : "drive.body", Map.of("year", Integer.toString(f.driveYear()),
                    "asOf", w.date(f.asOf()), "count", without)));
        }
        List<List<String>> rows = new ArrayList<>();
        int march = 0;
        int poor = 0;
        BigDecimal amount = BigDecimal.ZERO;
        int withAmount = 0;
        for (FocusSection.Drive d : f.drives()) {
            rows.add(List.of(Counties.name(d.countyCode()), String.valueOf(d.march()), String.valueOf(d.marchRegisteredPoor()),
                    d.withAmount() == 0 ? "—" : yuan(d.amountYuan()),
                    !f.driveJudgeable() ? t.text("drive.pending") : d.march() > 0 ? t.text("drive.held")
                            : t.text("drive.notHeld")));
            march += d.march();
            poor += d.marchRegisteredPoor();
            amount = amount.add(d.amountYuan());
            withAmount += d.withAmount();
        }
        rows.add(List.of(t.text("table.total"), String.valueOf(march), String.valueOf(poor),
                withAmount == 0 ? "—" : yuan(amount), ""));
        pdf.table(t.text("table.drive", v), new float[] {24, 16, 20, 20, 20}, rows, 9.5f,
                new boolean[] {false, true, true, true, false});
    }

    private void groups() {
        pdf.subheading(t.text("focusGroups.heading"));
        pdf.para(t.text(f.householdSample() == null ? "focusGroups.body.noSample" : "focusGroups.body",
                Map.of("run", f.householdSample() == null ? "" : f.householdSample())));
        List<List<String>> g = new ArrayList<>();
        int[] total = new int[7];
        for (FocusSection.Groups c : f.groups()) {
            int[] n = {c.uncoveredPoor(), c.marginal(), c.severe(), c.households(), c.sampled(), c.visited(), c.eligible()};
            List<String> row = new ArrayList<>(List.of(Counties.name(c.countyCode())));
            for (int i = 0; i < n.length; i++) {
                row.add(String.valueOf(n[i]));
                total[i] += n[i];
            }
            g.add(row);
        }
        List<String> last = new ArrayList<>(List.of(t.text("table.total")));
        for (int x : total) {
            last.add(String.valueOf(x));
        }
        g.add(last);
        pdf.table(t.text("table.focusGroups"), new float[] {16, 12, 12, 12, 12, 12, 12, 12}, g, 9f,
                new boolean[] {false, true, true, true, true, true, true, true});
    }

    private static String yuan(BigDecimal v) {
        return new java.text.DecimalFormat("#,##0.##").format(v);
    }
}
