package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.inspect.error.ExitCodes;
import org.inspect.export.SheetFormat;
import org.inspect.model.Inspector;
import org.inspect.model.Masking;
import org.inspect.report.Lang;
import org.inspect.report.SampleExports;
import org.inspect.sampling.Manifest;
import org.inspect.sampling.SampleRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect sample show [RUN] [--export DIR]}: lists the sample runs, or shows one with its strata and the
 * load of each inspector, and exports its manifest (JSON), sample (CSV) and field checklists (PDF, one per
 * inspector). Identity numbers and names are masked in everything written.
 */
@Command(name = "show", resourceBundle = "org.inspect.cli.sampling", mixinStandardHelpOptions = true)
final class SampleShowCommand implements Callable<Integer> {

    private final Console console;

    SampleShowCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", descriptionKey = "show.run")
    Long runId;

    @Option(names = "--export", paramLabel = "DIR", descriptionKey = "show.export")
    Path export;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", descriptionKey = "show.lang")
    String lang;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|xlsx", descriptionKey = "show.format")
    SheetFormat format;

    @Option(names = "--headers", paramLabel = "zh|en", descriptionKey = "show.headers")
    String headers;

    @Mixin
    DateOption date;

    @Override
    public Integer call() {
        Lang l = Lang.parse(lang);
        try (Workspace ws = Workspace.open(global)) {
            DateOption.Day day = date.day(ws.settings());
            SampleExports samples = new SampleExports(ws.database(), Contexts.on(day.day()), ws.settings());
            if (runId == null) {
                list(samples.runs());
                return ExitCodes.OK;
            }
            SampleExports.Shown shown = samples.show(runId);
            SampleRun run = shown.run();
            Manifest m = shown.manifest();
            console.println(Messages.get("show.header", run.id(), Messages.status(run.status()), run.snapshotLabel(), run.planName(),
                    Long.toString(run.seed()), SampleCommand.seedFrom(run.seedText()), run.teamSize(),
                    m.toolkitVersion(), m.createdAt() == null ? "-" : java.time.LocalDateTime.ofInstant(m.createdAt(),
                    java.time.ZoneId.systemDefault()).withNano(0).toString().replace('T', ' ')));
            SampleCommand.printStrata(console, m);
            printLoads(m, shown.pool());
            if (export != null) {
                DateOption.say(console, ws.settings(), day, true);
                for (Path p : samples.export(shown, export, l, format, Exports.headers(headers))) {
                    console.println(Messages.get("show.written", p));
                }
            }
        }
        return ExitCodes.OK;
    }

    private void list(List<SampleRun> runs) {
        if (runs.isEmpty()) {
            console.println(Messages.get("show.none"));
        }
        for (SampleRun r : runs) {
            if (SampleRun.FAILED.equals(r.status())) {
                console.println(Messages.get("show.failed", r.id(), r.snapshotLabel(), r.planName(), r.error()));
            } else {
                console.println(Messages.get("show.list", r.id(), Messages.status(r.status()), r.snapshotLabel(), r.planName(),
                        r.sampleSize() == null ? "-" : r.sampleSize().toString(),
                        r.frameSize() == null ? "-" : r.frameSize().toString(), r.createdAt().withNano(0).toString().replace('T', ' ')));
            }
        }
    }

    private void printLoads(Manifest m, Map<String, Inspector> pool) {
        Map<String, Integer> load = new TreeMap<>();
        m.assignments().forEach(a -> a.inspectorIds().forEach(i -> load.merge(i, 1, Integer::sum)));
        console.println(Messages.get("show.loadHead"));
        load.forEach((id, n) -> {
            Inspector i = pool.get(id);
            console.println(Messages.get("show.load", id, i == null ? "" : Masking.name(i.name()),
                    i == null ? "" : i.unit(), i == null ? "" : i.countyCode(), n));
        });
    }
}
