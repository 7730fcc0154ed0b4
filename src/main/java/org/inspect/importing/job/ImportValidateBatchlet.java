package org.inspect.importing.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.inspect.batch.JobServices;
import org.inspect.importing.FolderValidator;
import org.inspect.importing.RollFile;
import org.inspect.importing.RollFolder;
import org.inspect.config.Settings;
import org.inspect.importing.StandardsTable;
import org.inspect.importing.ValidationResult;
import org.inspect.model.Standard;
import org.inspect.store.Database;
import org.inspect.store.RollWriter;
import org.inspect.store.LoadingSnapshot;

/**
 * Step {@code import.validate}: validates every file of the folder before anything is loaded. Invalid rows stop
 * the job (exit status INVALID) unless rejects are allowed; otherwise it creates the LOADING snapshot, records
 * the rejected lines and stores the effective standards (each with its source), in one transaction.
 */
// public for JBeret: batch/Artifacts builds the artifacts the job XMLs name, by class name, through reflection
public class ImportValidateBatchlet extends AbstractBatchlet {

    private final JobServices services;

    public ImportValidateBatchlet(JobServices services) {
        this.services = services;
    }

    /** The line recorded for a file rejected as a whole. */
    static final long WHOLE_FILE = 0;

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        ImportParameters params = ImportParameters.of(services.jobParameters(jobContext));
        Database db = services.database();
        RollFolder folder = RollFolder.scan(params.dir());
        ValidationResult result = new FolderValidator(folder, shippedStandards(services.settings()), params.referenceDate())
                .validate();
        services.handOver(jobContext.getExecutionId(), result);
        if (result.errorCount() > 0 && !params.skipInvalid()) {
            return "INVALID";
        }
        if (result.errorCount() > 0) {
            result.rejects().writeCsv(params.rejects());
        }
        List<RollWriter.Line> standards = new ArrayList<>();
        long line = 1;
        for (Standard s : result.effectiveStandardRows()) {
            standards.add(new RollWriter.Line(line++, s));
        }
        // one transaction: the LOADING snapshot, its rejected lines and standards exist together or not at all,
        // and a restarted step rewrites them in place (no second LOADING snapshot for the job)
        new LoadingSnapshot(db).begin(params.label(), params.dir().toString(), jobContext.getInstanceId(),
                rejected(folder, result), standards);
        LoadingSnapshot.crashPoint("validate.afterCommit");
        return "VALID";
    }

    /** The city's {@code config/standards.csv}, else the copy shipped in the jar. */
    static StandardsTable shippedStandards(Settings settings) {
        return settings.local("standards.csv").map(StandardsTable::load).orElseGet(StandardsTable::defaults);
    }

    private static List<LoadingSnapshot.Rejected> rejected(RollFolder folder, ValidationResult result) {
        List<LoadingSnapshot.Rejected> out = new ArrayList<>();
        for (RollFile f : RollFile.values()) {
            if (folder.file(f).isEmpty()) {
                continue;
            }
            if (result.rejects().isFileRejected(f)) {
                out.add(new LoadingSnapshot.Rejected(f.name(), WHOLE_FILE));
            }
            for (long line : result.rejects().rejectedLines(f)) {
                out.add(new LoadingSnapshot.Rejected(f.name(), line));
            }
        }
        return out;
    }
}
