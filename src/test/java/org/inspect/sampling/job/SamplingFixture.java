package org.inspect.sampling.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.cli.Cli;
import org.inspect.error.ExitCodes;
import org.inspect.store.Database;
import org.inspect.testing.RollFixture;

/**
 * Rolls, a plan and a sample run for the job tests: {@link RollFixture}'s households (all DIBAO cases decided on
 * 2018-11-01, every third one REJECTED, four counties, twelve inspectors three per county) and a plan whose frame
 * is 2018, strata county × program × outcome, 10 % at least 3.
 */
final class SamplingFixture {

    static final String LABEL = "2018-11";
    static final String SEED_TEXT = "2018-11-30 福彩3D 第2018325期 开奖号 517";

    private static final Pattern RUN = Pattern.compile("Sample run (\\d+) on snapshot");

    private SamplingFixture() {
    }

    static Path rolls(Path dir, int households) {
        return RollFixture.write(dir, households);
    }

    static Path plan(Path dir) {
        Path file = dir.resolve("plan-2018.json");
        write(file, """
                {
                  "name": "test-2018",
                  "frame": { "from": "2018-01-01", "to": "2018-12-31" },
                  "strata": ["county", "program", "outcome"],
                  "size": { "rate": "10%", "min": 3 }
                }
                """);
        return file;
    }

    static void importRolls(Cli cli, Path rolls, String label) {
        // --replace: a test re-imports its label after editing the rolls
        Cli.Result r = cli.run("import", "--dir", rolls.toString(), "--snapshot", label, "--as-of", "2019-03-01",
                "--replace");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }

    /** Runs {@code inspect sample} and returns the run id it printed. */
    static long sample(Cli cli, String... args) {
        List<String> all = new ArrayList<>(List.of("sample"));
        all.addAll(List.of(args));
        Cli.Result r = cli.run(all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        Matcher m = RUN.matcher(r.out());
        if (!m.find()) {
            throw new AssertionError("no run id in " + r);
        }
        return Long.parseLong(m.group(1));
    }

    /** Replaces the first occurrence of {@code from} in a roll file. */
    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain " + from);
            }
            Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a query, each as its columns joined by a tab. */
    static List<String> rows(Path data, String sql) {
        try (Database db = Database.open(data); Connection c = db.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= cols; i++) {
                    sb.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
