package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspect.context.Actor;
import org.inspect.error.ExitCodes;
import org.inspect.rectification.Rectification;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts on the command line (issue 21): the first admin, then every moving verb signed in with --user and its
 * password, the event naming the account, and the role and four-eyes refusals with their exit code.
 */
class UsersCliTest {

    @TempDir
    static Path dir;

    /** The passwords the "environment" holds for the next command. */
    private static final Map<String, String> ENV = new HashMap<>();
    private static Cli cli;
    private static long item;

    @BeforeAll
    static void accountsAndAnItem() {
        Path data = dir.resolve("data");
        cli = new Cli(data, (env, prompt) -> ENV.containsKey(env) ? ENV.get(env).toCharArray() : null);
        try (Database db = Database.open(data)) {
            item = new Rectification(db, TestContexts.at("2019-03-20T02:00:00Z").as(Actor.operator("holder")))
                    .open(List.of(new Rectification.NewItem("MISSED_DIBAO||H1||", 1, 1, "泰民救整〔2019〕1号", 1,
                            "370902", "MISSED_DIBAO", "H1", null, null, "d", "d", LocalDate.of(2019, 3, 20),
                            LocalDate.of(2019, 4, 19))))
                    .get(0).id();
        }
        ENV.put("INSPECT_NEW_PASSWORD", "admin-pass");
        assertEquals(ExitCodes.OK, cli.run("users", "add", "admin", "--role", "管理员").exitCode());
        ENV.put("INSPECT_PASSWORD", "admin-pass");
        for (String[] a : List.of(new String[] {"taishan", "county", "--county", "泰山区"},
                new String[] {"zuzhang", "组长"}, new String[] {"wang", "leader"})) {
            ENV.put("INSPECT_NEW_PASSWORD", a[0] + "-pass");
            List<String> args = new java.util.ArrayList<>(List.of("users", "add", a[0], "--role", a[1],
                    "--user", "admin"));
            args.addAll(List.of(a).subList(2, a.length));
            Cli.Result r = cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        }
    }

    private static Cli.Result as(String user, String password, String... args) {
        ENV.put("INSPECT_PASSWORD", password);
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--user", user));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void aDatabaseWithAccountsRefusesAMovingVerbWithoutOne() {
        Cli.Result r = cli.run("rectify", "respond", Long.toString(item), "--note", "已整改");
        assertEquals(ExitCodes.FORBIDDEN, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--user"), r.err());
        Cli.Result wrong = as("taishan", "not-the-pass", "rectify", "respond", Long.toString(item), "--note", "x");
        assertEquals(ExitCodes.FORBIDDEN, wrong.exitCode(), wrong.toString());
    }

    @Test
    void theSignedInAccountActsAndTheHistoryNamesIt() {
        String id = Long.toString(item);
        Cli.Result leaderResponds = as("zuzhang", "zuzhang-pass", "rectify", "respond", id, "--note", "已整改");
        assertEquals(ExitCodes.FORBIDDEN, leaderResponds.exitCode(), "a leader does not answer for a county");
        Cli.Result r = as("taishan", "taishan-pass", "rectify", "respond", id, "--note", "已纳入低保",
                "--date", "2019-03-21");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        Cli.Result accepted = as("zuzhang", "zuzhang-pass", "rectify", "accept", id, "--note", "复核通过",
                "--date", "2019-03-22");
        assertEquals(ExitCodes.OK, accepted.exitCode(), accepted.toString());
        String history = cli.run("rectify", "history", id).out();
        assertTrue(history.contains("taishan") && history.contains("zuzhang"), history);
        assertEquals(ExitCodes.OK, cli.run("rectify", "audit").exitCode());
    }

    @Test
    void usersListShowsTheAccountsToAnAdminOnly() {
        Cli.Result r = as("admin", "admin-pass", "users", "list");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("taishan") && r.out().contains("370902"), r.out());
        assertEquals(ExitCodes.FORBIDDEN, as("zuzhang", "zuzhang-pass", "users", "list").exitCode());
    }
}
