package org.inspect.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.ExitCodes;
import org.inspect.importing.RollFile;
import org.inspect.importing.RollFolder;
import org.inspect.importing.RowError;
import org.inspect.importing.ValidationResult;
import org.inspect.importing.job.ImportOutcomes;
import org.inspect.importing.job.ImportParameters;
import org.inspect.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect import}: validates and loads a folder of county rolls into a snapshot. */
@Command(name = "import", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    /** The table each file is loaded into. */
    static final Map<RollFile, String> TABLES = Map.of(RollFile.STANDARDS, "standard_value",
            RollFile.HOUSEHOLDS, "household", RollFile.MEMBERS, "member", RollFile.INCOMES, "income",
            RollFile.DEDUCTIONS, "deduction", RollFile.ASSETS, "asset", RollFile.OBLIGORS, "obligor",
            RollFile.CASES, "assistance_case", RollFile.REGISTERED_POOR, "registered_poor",
            RollFile.INSPECTORS, "inspector");

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
    @Option(names = "--chunk-size", hidden = true, defaultValue = "1000")
    int chunkSize;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(Messages.get("import.noDir", dir));
        }
        LocalDate reference = CheckCommand.referenceDate();
        String snapshot = label != null ? label : reference.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        Path rejectsFile = rejects != null ? rejects : Path.of("reports", "rejects-" + snapshot + ".csv");
        ImportParameters params = new ImportParameters(dir, snapshot, skipInvalid, rejectsFile,
                asOf != null ? asOf : reference, chunkSize);
        try (Workspace ws = Workspace.create(global)) {
            int code = run(ws, params, replace);
            Console.info(Messages.get("import.next", params.label()));
            return code;
        }
    }

    /** The files without which a folder is not a month of rolls (an empty or export folder would wipe one). */
    static final List<RollFile> REQUIRED = List.of(RollFile.HOUSEHOLDS, RollFile.MEMBERS, RollFile.CASES);

    /**
     * Imports a folder as a snapshot. A folder without the required files is refused; an existing label is
     * replaced only with {@code replace} (the replaced version stays restorable), and the row counts before and
     * after are printed.
     */
    static int run(Workspace ws, ImportParameters params, boolean replace) {
        RollFolder folder = RollFolder.scan(params.dir());
        List<String> missing = REQUIRED.stream().filter(f -> folder.file(f).isEmpty()).map(f -> f.baseName() + ".csv")
                .toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(Messages.get("import.missingFiles", params.dir(), String.join(", ", missing)));
        }
        try (var lock = ws.database().lock(snapshotLock(params.label()), false)) {
            return run(ws, params, replace, folder);
        }
    }

    /** The lock an import of {@code label} holds exclusively and a check of it shares. */
    static String snapshotLock(String label) {
        return "snapshot " + label;
    }

    private static int run(Workspace ws, ImportParameters params, boolean replace, RollFolder folder) {
        Snapshots snapshots = new Snapshots(ws.database());
        Optional<Long> existing = snapshots.activeIdOf(params.label());
        if (existing.isPresent() && !replace) {
            throw new ConflictException(Messages.get("import.needsReplace", params.label(),
                    snapshots.rowCounts(existing.get()).get("household")));
        }
        Map<String, Long> before = existing.map(snapshots::rowCounts).orElse(null);
        int code = load(ws, snapshots, params);
        if (before != null) {
            Map<String, Long> after = snapshots.rowCounts(snapshots.activeId(params.label()));
            Console.println(Messages.get("import.replaced", params.label(), existing.get()));
            for (String table : Snapshots.ROLL_TABLES) {
                Console.println(String.format("  %-20s %s", table,
                        Messages.get("import.beforeAfter", before.get(table), after.get(table))));
            }
        }
        return code;
    }

    private static int load(Workspace ws, Snapshots snapshots, ImportParameters params) {
        String source = params.dir().toAbsolutePath().normalize().toString();
        Optional<Long> unfinished = snapshots.unfinishedImport(params.label(), source);
        JobResult result;
        if (unfinished.isPresent()) {
            long last = ws.batch().latestExecutionOf(unfinished.get());
            Console.info(Messages.get("import.resuming", last));
            result = ws.batch().restart(last, params.toProperties());
        } else {
            result = ws.batch().run("import", params.toProperties());
        }
        ValidationResult validation = ImportOutcomes.take(result.executionId());
        if (!result.completed()) {
            if (validation != null && "INVALID".equals(result.exitStatus())) {
                validation.warnings().forEach(w -> Console.info(Messages.get("warning", w)));
                printErrors(validation);
                throw new BadInputException(Messages.get("import.refused", validation.errorCount(), params.dir()));
            }
            throw JobFailures.of(result);
        }
        long id = snapshots.activeId(params.label());
        Map<String, Long> counts = snapshots.rowCounts(id);
        Console.println(Messages.get("import.done", params.label(), result.executionId()));
        for (RollFile f : RollFile.values()) {
            long loaded = counts.get(TABLES.get(f));
            long rejected = validation == null ? 0 : validation.rejects().rejectedCount(f);
            if (loaded > 0 || rejected > 0) {
                Console.println(String.format("  %-20s %s", f.baseName(),
                        Messages.get("import.fileCounts", loaded, rejected)));
            }
        }
        if (validation != null && validation.rejects().householdsRejectedWhole() > 0) {
            Console.println(Messages.get("import.householdsWhole", validation.rejects().householdsRejectedWhole()));
        }
        if (validation != null && validation.errorCount() > 0) {
            Console.println(Messages.get("import.rejectsWritten", params.rejects()));
        }
        if (validation != null) {
            validation.warnings().forEach(w -> Console.info(Messages.get("warning", w)));
        }
        return ExitCodes.OK;
    }

    private static void printErrors(ValidationResult v) {
        int shown = 0;
        for (RowError e : v.errors()) {
            if (shown++ >= ERROR_LIMIT) {
                break;
            }
            Console.error(e.format());
        }
        if (v.errorCount() > shown) {
            Console.error(Messages.get("import.moreErrors", v.errorCount() - Math.min(shown, ERROR_LIMIT)));
        }
    }
}
