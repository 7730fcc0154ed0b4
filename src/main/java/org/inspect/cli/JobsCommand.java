package org.inspect.cli;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.Callable;
import org.inspect.batch.JobResult;
import org.inspect.error.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code inspect jobs}: lists job executions with status, start, end and counts. */
@Command(name = "jobs", resourceBundle = "org.inspect.cli.messages", mixinStandardHelpOptions = true)
final class JobsCommand implements Callable<Integer> {

    private final Console console;

    JobsCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", descriptionKey = "jobs.limit")
    int limit;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(global)) {
            SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
            TextTable table = new TextTable(java.util.List.of(Messages.get("jobs.id"), Messages.get("jobs.job"),
                    Messages.get("jobs.status"), Messages.get("jobs.start"), Messages.get("jobs.end"),
                    Messages.get("jobs.read"), Messages.get("jobs.written")), 0, 5, 6);
            for (JobResult r : ws.batch().executions(limit)) {
                long read = r.steps().stream().mapToLong(JobResult.Step::read).sum();
                long written = r.steps().stream().mapToLong(JobResult.Step::written).sum();
                table.row(java.util.List.of(r.executionId(), jobWord(r.jobName()),
                        Messages.status(r.status() == null ? null : r.status().toString()), format(fmt, r.start()),
                        format(fmt, r.end()), read, written));
            }
            table.print(console);
        }
        return ExitCodes.OK;
    }

    private static String format(SimpleDateFormat fmt, Date d) {
        return d == null ? "-" : fmt.format(d);
    }

    /** The job in the user's words (检查 for the job check); its id where no word is known. */
    static String jobWord(String job) {
        String key = "word.job." + job;
        String word = Messages.get(key);
        return word.equals(key) ? job : word;
    }
}
