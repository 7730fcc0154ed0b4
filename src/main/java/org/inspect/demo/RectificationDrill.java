package org.inspect.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspect.context.Actor;
import org.inspect.context.Role;
import org.inspect.rectification.Item;
import org.inspect.rectification.Ledgers;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Reconciler;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.State;

/**
 * The demo's rectification round (issue 11): the ledgers written, filled in as counties would (most fixed, some
 * contested, some not done, a few claiming fixes that month two's rolls contradict, some left blank), imported,
 * reconciled with month two, the team's decisions (contests accepted or returned, unfinished work returned).
 * Which problems month two still shows is read from month two's answer key, so the claims it plants as
 * contradicted are known before the reconcile looks.
 */
public final class RectificationDrill {

    /** Who answers the ledgers in the drill: the counties' officers, together. */
    static final Actor COUNTIES = new Actor("县（市、区）整改台账", Role.INSPECTOR, null);
    /** Who reconciles and decides in the drill: the city's team. */
    static final Actor TEAM = new Actor("市督查组", Role.LEADER, null);

    private final Rectification rectification;

    public RectificationDrill(Rectification rectification) {
        this.rectification = rectification.as(TEAM);
    }

    /** What the round did: the items per state afterwards, the planted contradictions and what reconcile found. */
    public record Result(Map<State, Integer> perState, Set<Long> planted, Reconciler.Result reconcile,
            List<Path> ledgers, int imported) {

        /** Whether the reconcile found exactly the planted contradictions. */
        public boolean exact() {
            return planted.equals(new TreeSet<>(reconcile.contradicted()));
        }
    }

    /**
     * Runs the round on the campaign's days: ledgers into {@code ledgerDir}, filled (done on {@code issued} + 13
     * days) and imported on {@code issued} + 15, then {@code reconcile} on {@code reconcileDay}, the team accepting
     * the responses the rolls confirm over the week after it and deciding the contests and unfinished work.
     */
    public Result run(Path ledgerDir, Set<String> stillThereInMonthTwo, LocalDate issued, LocalDate reconcileDay,
            java.util.function.Function<Rectification, Reconciler.Result> reconcile) {
        Rectification imports = on(issued.plusDays(15)).as(COUNTIES);
        List<Path> ledgers = new Ledgers(imports).write(null, ledgerDir, false);
        Set<Long> planted = new TreeSet<>();
        for (Path ledger : ledgers) {
            fill(ledger, stillThereInMonthTwo, planted, issued.plusDays(13));
        }
        int imported = ledgers.isEmpty() ? 0
                : new Ledgers(imports).importLedgers(ledgerDir, null).events().size();
        Reconciler.Result found = reconcile.apply(on(reconcileDay));
        Set<Long> contradicted = new TreeSet<>(found.contradicted());
        for (long id : found.found().getOrDefault(Outcome.FIXED, List.of())) {
            Item item = rectification.store().item(id);
            if (item.state() == State.RESPONDED && !contradicted.contains(id) && claimedFixed(id)) {
                on(reconcileDay.plusDays(1 + id % 7)).accept(id, "复核通过，名册比对确认已整改");
            }
        }
        decide(on(reconcileDay.plusDays(2)));
        Map<State, Integer> perState = new EnumMap<>(State.class);
        for (State s : State.values()) {
            perState.put(s, 0);
        }
        rectification.store().items(null).forEach(i -> perState.merge(i.state(), 1, Integer::sum));
        return new Result(perState, planted, found, ledgers, imported);
    }

    private boolean claimedFixed(long id) {
        return rectification.store().events(id).stream().anyMatch(e -> e.outcome() == Outcome.CLAIMED_FIXED);
    }

    /** The service with its events dated at 09:00 on {@code day} (Beijing time). */
    private Rectification on(LocalDate day) {
        return rectification.withClock(org.inspect.context.Context.officeClock(day));
    }

    /** What a county clerk writes on the row of {@code item}: measures, result, date, evidence; null = blank. */
    private static String[] answer(Item item, boolean stillThere, LocalDate doneOn) {
        long k = item.id();
        if (stillThere && item.rule().equals("UNCOVERED_REGISTERED_POOR")) {
            // the rolls cannot prove such a fix either way (see Reconciler): the county is still working on it
            return new String[] {"正在与扶贫部门核对该户情况", "未完成", "", ""};
        }
        if (stillThere) {
            return switch ((int) (k % 3)) {
                case 0 -> new String[] {"已入户核实并重新审批", "已整改", doneOn.toString(), ""};
                case 1 -> new String[] {"正在组织入户核查", "未完成", "", ""};
                default -> null;
            };
        }
        return switch ((int) (k % 8)) {
            case 5 -> new String[] {"经核实，该户情况与认定不符，申请撤销", "申辩", "", ""};
            case 6 -> new String[] {"已启动复核程序，尚未办结", "未完成", "", ""};
            case 7 -> null;
            default -> new String[] {"已按规定重新认定并办理", "已整改", doneOn.toString(), evidenceName(item)};
        };
    }

    private static String evidenceName(Item item) {
        return "审批表-" + item.id() + ".txt";
    }

    private void fill(Path ledger, Set<String> stillThere, Set<Long> planted, LocalDate doneOn) {
        try {
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(ledger)) {
                wb = new XSSFWorkbook(in);
            }
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                Item item = rectification.store().item(Long.parseLong(f.formatCellValue(row.getCell(0))));
                if (!item.state().awaitingCounty()) {
                    continue;
                }
                boolean there = stillThere.contains(item.findingKey());
                String[] a = answer(item, there, doneOn);
                if (a == null) {
                    continue;
                }
                if (there && "已整改".equals(a[1]) && !item.rule().equals("UNCOVERED_REGISTERED_POOR")) {
                    planted.add(item.id());
                }
                for (int c = 0; c < 4; c++) {
                    row.getCell(9 + c).setCellValue(a[c]);
                }
                if (!a[3].isEmpty()) {
                    Files.writeString(ledger.resolveSibling(a[3]), "审批表扫描件（演示）事项 " + item.id() + " "
                            + item.noticeNumber(), StandardCharsets.UTF_8);
                }
            }
            try (OutputStream out = Files.newOutputStream(ledger)) {
                wb.write(out);
            }
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The team's review: every other contest accepted (the others returned), every response "未完成" returned;
     * contradicted responses wait for a decision, so the bulletin lists them.
     */
    private static void decide(Rectification rectification) {
        List<Rectification.Row> rows = rectification.list(new Rectification.Filter(null, null, false, LocalDate.MAX));
        List<Rectification.Row> contested = new ArrayList<>(rows.stream()
                .filter(r -> r.item().state() == State.CONTESTED).toList());
        for (int i = 0; i < contested.size(); i++) {
            long id = contested.get(i).item().id();
            if (i % 2 == 0) {
                rectification.accept(id, "申辩理由成立，予以撤销");
            } else {
                rectification.returnItem(id, "申辩理由不充分，请继续整改");
            }
        }
        for (Rectification.Row r : rows) {
            if (r.item().state() == State.RESPONDED && r.claim() == Outcome.NOT_DONE) {
                rectification.returnItem(r.item().id(), "尚未整改到位，请继续整改");
            }
        }
    }
}
