package org.inspect.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code inspect} in a JVM of its own, with this test run's classpath: for what a kill or a folder needs. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The command line: java, {@code jvmOptions}, the classpath, the CLI's main class and {@code args}. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the quick compiler only, as the launcher (target/inspect) runs a command: the optimizing one would spend
        // much of a short command's CPU compiling, on a machine of two cores shared with the suite
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        // the PostgreSQL test run: the child finds the same database for the same data folder
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("inspect.test."))
                .sorted().forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.inspect.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs {@code inspect args} and kills it (as kill -9 would) at the first line of its output that matches
     * {@code linePattern}, after running {@code beforeKill}; returns whether it was still running then. The child is
     * stopped (SIGSTOP) while {@code beforeKill} runs, holding what it holds: it cannot go on and finish meanwhile,
     * which it did on a loaded machine while the checks beside it opened the database.
     */
    public static boolean killAt(String linePattern, Runnable beforeKill, String... args) throws Exception {
        Process p = new ProcessBuilder(command(List.of(), args)).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.matches(linePattern)) {
                    signal(p, "STOP");
                    beforeKill.run();
                    p.destroyForcibly();
                    return true;
                }
            }
            return false;
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void signal(Process p, String signal) throws Exception {
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + p.pid()).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + p.pid() + " failed");
        }
    }
}
