package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Path;
import java.util.List;
import org.inspect.batch.JobResult;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.ExitCodes;
import org.inspect.error.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job that fails says why, with the exit code of what failed; a restart of nothing keeps the cause. */
class JobFailuresTest {

    @TempDir
    Path tmp;

    private static JobResult failedWith(Throwable t) {
        return new JobResult(7, "check", BatchStatus.FAILED, "FAILED", null, null,
                List.of(new JobResult.Step("check.households", BatchStatus.FAILED, "FAILED", 0, 0, 0, t)));
    }

    @Test
    void aJobFailingOnBadInputExitsThreeAndSaysWhy() {
        var e = JobFailures.of(failedWith(new IllegalStateException("wrapped",
                new BadInputException("standards.csv:4:3: val 'x': a number"))));
        assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("standards.csv:4:3") && e.getMessage().contains("check.households"),
                e.getMessage());
    }

    @Test
    void notFoundAndConflictKeepTheirCodes() {
        assertEquals(ExitCodes.NOT_FOUND, JobFailures.of(failedWith(new NotFoundException("no run 3"))).exitCode());
        assertEquals(ExitCodes.CONFLICT, JobFailures.of(failedWith(new ConflictException("in use"))).exitCode());
    }

    @Test
    void anUnexpectedFailureIsInternalAndNamesItsCause() {
        var e = JobFailures.of(failedWith(new NullPointerException("boom")));
        assertEquals(ExitCodes.INTERNAL, e.exitCode());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void restartOfAMissingExecutionIsNotFoundWithItsCause() {
        // a database without that execution (a folder with no database at all is refused before restart looks)
        org.inspect.store.Database.open(tmp.resolve("data")).close();
        Cli.Result r = new Cli(tmp.resolve("data")).run("-v", "restart", "999");
        assertEquals(ExitCodes.NOT_FOUND, r.exitCode(), r.toString());
        assertTrue(r.err().contains("NoSuchJobExecution"), r.err());
    }
}
