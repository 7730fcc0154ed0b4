package org.inspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.inspect.error.ExitCodes;
import org.inspect.export.SheetFormat;
import org.inspect.focus.FocusExport;
import org.inspect.focus.FocusGroup;
import org.inspect.focus.FocusHousehold;
import org.inspect.focus.FocusService;
import org.inspect.model.Counties;
import org.inspect.model.Masking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect focus}: the focus groups for field checks (重点排查对象), as a table or a complete list. */
@Command(name = "focus", resourceBundle = "org.inspect.cli.focus", mixinStandardHelpOptions = true,
        subcommands = FocusVisitCommand.class)
final class FocusCommand implements Callable<Integer> {

    private final Console console;

    FocusCommand(Console console) {
        this.console = console;
    }

    enum Format { table, csv, xlsx }

    @Mixin
    GlobalOptions global;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "focus.snapshot")
    String snapshot;

    @Option(names = "--county", paramLabel = "COUNTY", converter = CountyConverter.class,
            descriptionKey = "focus.county")
    String county;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "focus.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "focus.out")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "focus.asOf")
    LocalDate asOf;

    @Option(names = "--full-data", descriptionKey = "focus.fullData")
    boolean fullData;

    @Option(names = "--headers", paramLabel = "zh|en", descriptionKey = "focus.headers")
    String headers;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            FocusService.Selection focus = new FocusService(ws.database(), ws.settings())
                    .select(snapshot, county, asOf);
            if (format == Format.table) {
                table(focus);
            } else {
                Path file = out == null ? defaultFile() : out;
                int n = focus.export(file, format == Format.csv ? SheetFormat.CSV : SheetFormat.XLSX,
                        Exports.headers(headers), fullData);
                console.info(Messages.get("focus.written", n, file));
            }
        }
        return ExitCodes.OK;
    }

    private Path defaultFile() {
        String label = snapshot == null ? "latest" : snapshot;
        return Path.of("reports", "focus-" + label + (county == null ? "" : "-" + county) + (fullData ? "-full" : "")
                + "." + format.name());
    }

    private void table(FocusService.Selection focus) {
        console.println(Messages.get("focus.definition"));
        Map<String, Map<FocusGroup, Integer>> counts = new TreeMap<>();
        Map<String, Integer> households = new TreeMap<>();
        focus.forEach(h -> {
            console.println(line(h));
            households.merge(h.countyCode(), 1, Integer::sum);
            h.groups().forEach(g -> counts.computeIfAbsent(h.countyCode(), k -> new EnumMap<>(FocusGroup.class))
                    .merge(g, 1, Integer::sum));
        });
        TextTable summary = new TextTable(List.of(Messages.get("focus.summaryHeader").split("\\|")), 1, 2, 3, 4);
        households.forEach((c, n) -> {
            Map<FocusGroup, Integer> m = counts.getOrDefault(c, Map.of());
            summary.row(List.of(Counties.name(c), m.getOrDefault(FocusGroup.UNCOVERED_POOR, 0),
                    m.getOrDefault(FocusGroup.MARGINAL, 0), m.getOrDefault(FocusGroup.SEVERE, 0), n));
        });
        summary.print(console);
        console.println(Messages.get("focus.total", households.values().stream().mapToInt(Integer::intValue).sum()));
    }

    private String line(FocusHousehold h) {
        StringBuilder sb = new StringBuilder();
        sb.append(Counties.name(h.countyCode())).append("  ").append(h.householdId()).append("  ")
                .append(fullData ? h.headName() : Masking.name(h.headName())).append("  ")
                .append(Messages.get("focus.members", h.members())).append("  [")
                .append(h.groupList().stream().map(FocusGroup::chinese).collect(Collectors.joining("、"))).append("]\n    ")
                .append(Messages.get("focus.figures", FocusExport.row(h, fullData).get(9),
                        FocusExport.row(h, fullData).get(10), FocusExport.row(h, fullData).get(11),
                        h.propertyWithinLimits() ? Messages.get("focus.propertyOk") : Messages.get("focus.propertyOver")));
        if (!h.poorHouseholdIds().isEmpty()) {
            sb.append("  ").append(Messages.get("focus.poor", String.join("、", h.poorHouseholdIds())));
        }
        if (!h.severe().isEmpty()) {
            sb.append("  ").append(Messages.get("focus.severe", h.severe().stream()
                    .map(p -> (fullData ? p.name() : Masking.name(p.name())) + "（" + p.what() + "）")
                    .collect(Collectors.joining("、"))));
        }
        return sb.toString();
    }
}
