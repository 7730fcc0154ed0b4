package org.inspect.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code inspect} command line in-process on a data folder, capturing exit code and output. */
public final class Cli {

    /** What one command printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private final Path data;
    private final java.util.function.BiFunction<String, String, char[]> secrets;

    public Cli(Path data) {
        this(data, (env, prompt) -> null);
    }

    /** A command line whose passwords come from {@code secrets} (environment variable name, prompt). */
    public Cli(Path data, java.util.function.BiFunction<String, String, char[]> secrets) {
        this.data = data;
        this.secrets = secrets;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        var cl = InspectCommand.commandLine(new Console(o, e, false, secrets));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
