package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command that groups verbs, given none, prints its usage with its verbs and succeeds (no database needed). */
class ParentCommandsTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "inspect {0}")
    @CsvSource({"'', rectify", "rectify, respond", "users, passwd", "db, status", "runs, delete",
        "finding, dismiss", "criteria, test"})
    void printsItsUsageWithItsVerbs(String command, String verb) {
        Cli.Result r = command.isEmpty() ? new Cli(dir).run() : new Cli(dir).run(command);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("inspect" + (command.isEmpty() ? "" : " " + command)) && r.out().contains(verb),
                r::toString);
    }
}
