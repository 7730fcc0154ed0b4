package org.inspect.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.inspect.bench.StepMain;
import org.inspect.bench.BenchStepFailedException;
import org.inspect.store.DatabaseSettings;

/**
 * Starts one bench step in a JVM of its own ({@link StepMain}), in the size's folder, its output going to a log
 * file there, and returns what the step measured.
 */
public final class ChildStep {

    private final List<String> jvmOptions;
    private final Path dir;
    private final Path profiles;
    private final String mainClass;
    private final String dbPassword;

    /**
     * {@code profiles}: where each step writes a Flight Recorder profile, {@code null} for none; {@code mainClass}:
     * the step JVM's main class, which calls {@link StepMain#run}; {@code dbPassword}: a database server's password,
     * handed to the step in its environment (never on its command line), or null.
     */
    public ChildStep(List<String> jvmOptions, Path dir, Path profiles, String mainClass, String dbPassword) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.dir = dir;
        this.profiles = profiles;
        this.mainClass = mainClass;
        this.dbPassword = dbPassword;
    }

    /** Runs {@code args} (a mode of {@link StepMain} and its arguments) as step {@code name}. */
    public Properties run(String name, String... args) {
        String slug = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        Path result = dir.resolve("logs").resolve(slug + ".properties");
        Path log = dir.resolve("logs").resolve(slug + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (profiles != null) {
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + profiles.resolve(dir.getFileName() + "-" + slug + ".jfr"));
        }
        command.addAll(List.of("-cp", classpath(), mainClass, result.toString()));
        command.addAll(List.of(args));
        int code;
        try {
            Files.deleteIfExists(result);
            if (profiles != null) {
                Files.createDirectories(profiles);
            }
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // The bench's databases are its own, new for each size and without accounts: its steps act as the one
            // operator "bench" (on PostgreSQL a moving verb otherwise asks for a signed-in account), whatever the
            // caller's environment says, so the suite's run on PostgreSQL goes through the same path as a user's.
            pb.environment().put("INSPECT_OPERATOR", "bench");
            if (dbPassword != null) {
                pb.environment().put(DatabaseSettings.PASSWORD_ENV, dbPassword);
            }
            Process p = pb.start();
            code = p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start bench step " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while bench step " + name + " ran", e);
        }
        if (code != 0 || !Files.exists(result)) {
            throw new BenchStepFailedException(name, code, log.toString());
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(result)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** This JVM's classpath with every entry absolute, since the step runs in another folder. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(Path.of(e).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
