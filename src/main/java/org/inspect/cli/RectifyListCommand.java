package org.inspect.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.export.SheetFormat;
import org.inspect.export.SheetWriter;
import org.inspect.export.Sheets;
import org.inspect.rectification.ItemTable;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect rectify list}: the items with their state, deadline, overdue and what the rolls say. */
@Command(name = "list", resourceBundle = "org.inspect.cli.rectify", mixinStandardHelpOptions = true)
final class RectifyListCommand implements Callable<Integer> {

    private final Console console;

    RectifyListCommand(Console console) {
        this.console = console;
    }

    enum Format { table, csv, xlsx }

    @Mixin
    GlobalOptions global;

    @Option(names = "--county", paramLabel = "COUNTY", converter = CountyConverter.class,
            descriptionKey = "rectify.county")
    String county;

    @Option(names = "--state", paramLabel = "STATE", descriptionKey = "rectify.list.state")
    String state;

    @Option(names = "--overdue", descriptionKey = "rectify.list.overdue")
    boolean overdue;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "rectify.asOf")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "rectify.list.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "rectify.list.out")
    Path out;

    @Option(names = "--full-data", descriptionKey = "rectify.fullData")
    boolean fullData;

    @Override
    public Integer call() {
        State s = null;
        if (state != null) {
            s = State.parse(state);
            if (s == null) {
                throw new BadInputException("unknown state " + state).localized("rectify.badState", state,
                        String.join(", ", java.util.Arrays.stream(State.values()).map(State::name).toList()));
            }
        }
        if (format == Format.xlsx && out == null) {
            throw new BadInputException("--format xlsx needs --out FILE").localized("rectify.list.xlsxOut");
        }
        // overdue is judged on the campaign's working day unless --as-of names another
        LocalDate day = asOf != null ? asOf : DateOption.campaignDay(global.settings()).day();
        List<Rectification.Row> rows;
        try (Workspace ws = Workspace.open(global)) {
            rows = RectifyCommand.service(ws).list(new Rectification.Filter(county, s, overdue, day));
        }
        ItemTable table = new ItemTable(fullData);
        switch (format) {
            case csv, xlsx -> {
                try (SheetWriter sheet = out == null
                        ? Sheets.csv(new java.io.PrintWriter(console.out()), ItemTable.HEADER, false)
                        : Sheets.open(out, format == Format.xlsx ? SheetFormat.XLSX : SheetFormat.CSV,
                                ItemTable.HEADER, fullData)) {
                    table.write(rows, sheet);
                }
            }
            default -> print(table, rows, day);
        }
        if (out != null) {
            console.info(Messages.get("rectify.written", out));
        }
        return ExitCodes.OK;
    }

    private void print(ItemTable table, List<Rectification.Row> rows, LocalDate day) {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        int overdue = 0;
        int contradicted = 0;
        for (Rectification.Row r : rows) {
            List<String> c = table.cells(r);
            console.println(String.format("#%s  %s-%s  %s  %s  %s  %s  %s %s%s", c.get(0), c.get(1), c.get(2),
                    c.get(3), c.get(4), c.get(5), c.get(8), Messages.get("rectify.list.deadline", c.get(9)),
                    r.overdue() ? Messages.get("rectify.list.isOverdue")
                            : r.awaitingReview() ? Messages.get("rectify.list.awaitingReview") : "",
                    r.contradicted() ? "  " + Messages.get("rectify.list.contradicted") : ""));
            console.println("    " + Messages.sentence(c.get(13)));
            counts.merge(r.item().state(), 1, Integer::sum);
            overdue += r.overdue() ? 1 : 0;
            contradicted += r.contradicted() ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder();
        for (State s : State.values()) {
            sb.append(s.chinese()).append(' ').append(counts.getOrDefault(s, 0)).append("  ");
        }
        console.println(Messages.get("rectify.list.total", rows.size(), sb.toString().strip(), overdue, day,
                contradicted));
    }
}
