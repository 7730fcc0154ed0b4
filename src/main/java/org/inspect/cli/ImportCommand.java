package org.inspect.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.inspect.error.BadInputException;
import org.inspect.error.ExitCodes;
import org.inspect.export.FileNames;
import org.inspect.importing.ImportService;
import org.inspect.importing.Labels;
import org.inspect.importing.RollFile;
import org.inspect.importing.RowError;
import org.inspect.importing.ValidationResult;
import org.inspect.importing.job.ImportParameters;
import org.inspect.model.DisplayWidth;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect import}: validates and loads a folder of county rolls into a snapshot. */
@Command(name = "import", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    /** How many errors are printed before the rest are only counted. */
    static final int ERROR_LIMIT = 200;

    @Mixin
    GlobalOptions global;

    @Option(names = "--dir", required = true, paramLabel = "DIR", descriptionKey = "import.dir")
    Path dir;

    @Option(names = "--snapshot", paramLabel = "LABEL", descriptionKey = "import.snapshot")
    String label;

    @Option(names = "--skip-invalid", descriptionKey = "import.skipInvalid")
    boolean skipInvalid;

    @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "import.rejects")
    Path rejects;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "import.asOf")
    LocalDate asOf;

    @Option(names = "--replace", descriptionKey = "import.replace")
    boolean replace;

    /** Rows per chunk (checkpoint interval); hidden: for tuning and for the crash-restart test. */
    @Option(names = "--chunk-size", hidden = true, defaultValue = "5000")
    int chunkSize;

    @Mixin
    UserOption account;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(Messages.get("import.noDir", dir));
        }
        LocalDate reference = CheckCommand.referenceDate(global.settings());
        String snapshot = Labels.check(label != null ? label : reference.format(DateTimeFormatter.ofPattern("yyyy-MM")));
        Path rejectsFile = rejects != null ? rejects
                : Path.of("reports", "rejects-" + FileNames.part(snapshot) + ".csv");
        ImportParameters params = new ImportParameters(dir, snapshot, skipInvalid, rejectsFile,
                asOf != null ? asOf : reference, chunkSize);
        try (Workspace ws = Workspace.create(global, console.progress())) {
            account.inspector(ws, console, "import", snapshot + " " + dir);
            ImportService imports = new ImportService(ws.database(), ws.batch());
            // on a shared database a second import of the label, or a check of it, waits for nothing: it is refused
            try (var lock = imports.lock(params.label())) {
                ImportService.Plan plan = imports.prepare(params, replace);
                printPlan(console, plan);
                printOutcome(console, imports.load(plan));
            }
            console.info(Messages.get("import.next", params.label()));
            return ExitCodes.OK;
        }
    }

    /** Says that an interrupted import is resumed, before it runs. */
    static void printPlan(Console console, ImportService.Plan plan) {
        if (plan.resumedExecution() != null) {
            console.info(Messages.get("import.resuming", plan.resumedExecution()));
        }
    }

    /** The rows loaded and rejected per file, and for a replaced label the row counts before and after. */
    static void printOutcome(Console console, ImportService.Outcome outcome) {
        ImportService.Plan plan = outcome.plan();
        printLoaded(console, outcome);
        if (outcome.laterDecisions().count() > 0) {
            console.info(Messages.get("import.laterDecisions", outcome.laterDecisions().count(),
                    plan.params().referenceDate().toString(), outcome.laterDecisions().latest().toString()));
        }
        if (plan.before() != null) {
            console.println(Messages.get("import.replaced", plan.params().label(), plan.replacedSnapshot()));
            for (String table : Snapshots.ROLL_TABLES) {
                console.println(String.format("  %-20s %s", table,
                        Messages.get("import.beforeAfter", plan.before().get(table), outcome.after().get(table))));
            }
        }
    }

    /**
     * Before the refusal of a folder is said (by the command line's error handling): its warnings and its errors,
     * the first {@value #ERROR_LIMIT} of them.
     */
    static void printRefusal(Console console, ImportService.RefusedException e) {
        e.validation().warnings().forEach(w -> console.info(Messages.get("warning", w)));
        printErrors(console, e.validation());
    }

    private static void printLoaded(Console console, ImportService.Outcome outcome) {
        ImportParameters params = outcome.plan().params();
        ValidationResult validation = outcome.validation();
        console.println(Messages.get("import.done", params.label(), outcome.executionId()));
        for (RollFile f : RollFile.values()) {
            long loaded = outcome.loaded().get(f);
            long rejected = validation == null ? 0 : validation.rejects().rejectedCount(f);
            if (loaded > 0 || rejected > 0) {
                console.println("  " + DisplayWidth.padRight(Messages.word(f), 20) + " "
                        + Messages.get("import.fileCounts", loaded, rejected));
            }
        }
        if (validation != null && validation.rejects().householdsRejectedWhole() > 0) {
            console.println(Messages.get("import.householdsWhole", validation.rejects().householdsRejectedWhole()));
        }
        if (validation != null && validation.errorCount() > 0) {
            console.println(Messages.get("import.rejectsWritten", params.rejects()));
        }
        if (validation != null) {
            validation.warnings().forEach(w -> console.info(Messages.get("warning", w)));
        }
    }

    private static void printErrors(Console console, ValidationResult v) {
        int shown = 0;
        for (RowError e : v.errors()) {
            if (shown++ >= ERROR_LIMIT) {
                break;
            }
            console.error(e.format());
        }
        if (v.errorCount() > shown) {
            console.error(Messages.get("import.moreErrors", v.errorCount() - Math.min(shown, ERROR_LIMIT)));
        }
    }
}
