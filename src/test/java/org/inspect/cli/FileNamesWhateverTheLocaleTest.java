package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.inspect.error.ExitCodes;
import org.inspect.testing.ChildJvm;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names with Chinese characters on a machine whose locale is LANG=C (no UTF-8): the launcher runs the JVM
 * with a UTF-8 character set for file names, and the toolkit run without it says in one line what to set.
 */
@DisabledOnOs(OS.WINDOWS)
class FileNamesWhateverTheLocaleTest {

    @TempDir
    Path tmp;

    @Test
    void theLauncherWritesAChineseFolderUnderLangC() throws Exception {
        assumeTrue(utf8LocaleInstalled(), "no C.UTF-8 on this machine");
        Path dir = Files.createDirectories(tmp.resolve("launcher"));
        Files.copy(Path.of("src", "main", "launcher", "inspect"), dir.resolve("inspect"));
        writeJarOfTheTestClasspath(dir.resolve("inspect.jar"));
        Path rolls = RollFixture.write(tmp.resolve("rolls"), 4);
        Path data = tmp.resolve("数据");
        List<String> command = List.of("sh", dir.resolve("inspect").toString(), "--data", data.toString(), "import",
                "--dir", rolls.toString(), "--snapshot", "2018-11");
        Result r = run(command, "JAVA_HOME", System.getProperty("java.home"));
        assertEquals(ExitCodes.OK, r.exit(), r.output());
        assertTrue(Files.isDirectory(data), r.output());
    }

    @Test
    void withoutTheLauncherTheToolkitSaysWhatToSet() throws Exception {
        Path rolls = RollFixture.write(tmp.resolve("rolls"), 4);
        List<String> command = ChildJvm.command(List.of("-XX:TieredStopAtLevel=1", "-Duser.language=en"), "--data",
                tmp.resolve("数据").toString(), "import", "--dir", rolls.toString(), "--snapshot", "2018-11");
        Result r = run(command);
        assertEquals(ExitCodes.USAGE, r.exit(), r.output());
        assertTrue(r.output().contains("export LC_ALL=C.UTF-8"), r.output());
        assertFalse(r.output().contains("InvalidPathException"), r.output());
        assertEquals(1, r.output().strip().lines().filter(l -> !l.contains("--help")).count(), r.output());
    }

    private record Result(int exit, String output) {
    }

    /** Runs {@code command} with LANG=C and LC_ALL=C (plus {@code env}: name, value, ...). */
    private Result run(List<String> command, String... env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("INSPECT_JAVA_OPTS");
        pb.environment().remove("LC_CTYPE");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean utf8LocaleInstalled() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "LC_ALL=C.UTF-8 locale charmap 2>/dev/null").start();
        String charmap = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        return p.waitFor() == 0 && charmap.equals("UTF-8");
    }

    /** An inspect.jar whose manifest names the CLI's main class and this test run's classpath. */
    private static void writeJarOfTheTestClasspath(Path jar) throws Exception {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.inspect.cli.Main");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
    }
}
