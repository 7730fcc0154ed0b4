package org.inspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.testing.PostgresTestLocator;
import org.inspect.testing.RollFixture;
import org.inspect.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect db init} and {@code db copy --to URL}: an embedded database's snapshots, runs and findings move to
 * an empty PostgreSQL database and read the same there; new runs continue the copied ids; a target that holds data
 * is refused. Runs when a PostgreSQL server is configured, in the embedded run of the suite.
 */
class DatabaseCopyTest {

    @TempDir
    Path tmp;

    @Test
    void anEmbeddedDatabaseMovesToPostgresqlAndReadsTheSameThere() throws Exception {
        assumeFalse(TestDatabases.postgres(), "copies from the embedded database");
        String server = TestDatabases.serverUrl();
        assumeTrue(server != null, "no PostgreSQL server configured (INSPECT_TEST_POSTGRES_URL)");
        String url = PostgresTestLocator.create(server, "copy_" + ProcessHandle.current().pid() + "_" + System.nanoTime());

        Path rolls = RollFixture.write(tmp.resolve("rolls"), 40);
        Cli embedded = new Cli(tmp.resolve("data"));
        ok(embedded.run("import", "--dir", rolls.toString(), "--snapshot", "2019-03"));
        ok(embedded.run("check", "--all", "--as-of", "2019-03-01"));
        Cli.Result findings = ok(embedded.run("findings", "--run", "1", "--format", "csv", "--out",
                tmp.resolve("before.csv").toString()));

        Cli.Result init = ok(embedded.run("db", "init", "--db-url", url));
        assertTrue(init.out().contains("PostgreSQL"), init.toString());
        Cli.Result copy = ok(embedded.run("db", "copy", "--to", url));
        assertTrue(copy.out().contains("finding"), copy.toString());

        Cli server1 = new Cli(tmp.resolve("data"));
        ok(server1.run("findings", "--run", "1", "--format", "csv", "--out", tmp.resolve("after.csv").toString(),
                "--db-url", url));
        assertEquals(Files.readString(tmp.resolve("before.csv")), Files.readString(tmp.resolve("after.csv")));
        assertEquals(embedded.run("snapshots").out(), server1.run("snapshots", "--db-url", url).out());

        Cli.Result second = ok(server1.run("check", "--all", "--as-of", "2019-03-01", "--db-url", url));
        assertTrue(second.out().contains("Check run 2 "), "ids continue after the copied ones: " + second);

        Cli.Result again = embedded.run("db", "copy", "--to", url);
        assertEquals(ExitCodes.CONFLICT, again.exitCode(), again.toString());
        assertTrue(again.err().contains("already holds data"), again.toString());
        assertTrue(findings.exitCode() == 0);
    }

    @Test
    void statusNamesTheDatabaseAndItsSchemaVersion() {
        Cli cli = new Cli(tmp.resolve("status"));
        ok(cli.run("db", "init"));
        Cli.Result status = ok(cli.run("db", "status"));
        String newest = TestDatabases.scripts(TestDatabases.postgres() ? DatabaseSettings.Kind.POSTGRESQL
                : DatabaseSettings.Kind.HSQLDB).stream().reduce((a, b) -> b).orElseThrow().substring(1, 4);
        assertTrue(status.out().contains("Schema version: " + newest), status.toString());
        assertTrue(status.out().contains("Schema up to date."), status.toString());
    }

    private static Cli.Result ok(Cli.Result r) {
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        return r;
    }
}
