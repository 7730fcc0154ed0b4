package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell launcher src/main/launcher/inspect, run with a stand-in {@code java} that prints its arguments: the
 * quick compiler, the class-data archive only when it is there, INSPECT_JAVA_OPTS after the defaults (so it
 * overrides them), the jar next to the script, and the user's arguments untouched.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    @TempDir
    Path tmp;

    @Test
    void runsTheJarNextToItWithTheQuickCompilerAndTheUsersArguments() throws Exception {
        Path dir = install("plain dir");
        List<String> args = run(dir, Map.of(), "--data", "my data", "demo");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-jar", dir.resolve("inspect.jar").toString(), "--data",
                "my data", "demo"), args);
    }

    @Test
    void usesTheClassDataArchiveWhenTheBuildMadeOne() throws Exception {
        Path dir = install("with archive");
        Files.writeString(dir.resolve("inspect.jsa"), "archive");
        List<String> args = run(dir, Map.of(), "snapshots");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + dir.resolve("inspect.jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", dir.resolve("inspect.jar").toString(),
                "snapshots"), args);
    }

    @Test
    void addsInspectJavaOptsAfterTheDefaults() throws Exception {
        Path dir = install("opts");
        List<String> args = run(dir, Map.of("INSPECT_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx8g"), "jobs");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx8g", "-jar",
                dir.resolve("inspect.jar").toString(), "jobs"), args);
    }

    @Test
    void underALocaleNotInstalledKeepsItsLanguageAndGivesTheJvmUtf8FileNames() throws Exception {
        // on this machine zh_CN.UTF-8 must be missing (ASCII file names) and C.UTF-8 present
        Assumptions.assumeTrue(charmap("LANG=zh_CN.UTF-8").equals("ANSI_X3.4-1968"), "zh_CN.UTF-8 is installed");
        Assumptions.assumeTrue(charmap("LC_ALL=C.UTF-8").equals("UTF-8"), "no C.UTF-8");
        Path dir = install("not installed");
        List<String> args = run(dir, Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "", "LC_CTYPE", "", "LC_MESSAGES", ""),
                "demo");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Duser.language=zh", "-Duser.country=CN", "-jar",
                dir.resolve("inspect.jar").toString(), "demo"), args);
    }

    private static String charmap(String assignment) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "env -u LC_ALL -u LC_CTYPE " + assignment
                + " locale charmap 2>/dev/null").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        return out;
    }

    /** The launcher in a folder (with a space in its name) beside an empty inspect.jar. */
    private Path install(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(Path.of("src", "main", "launcher", "inspect"), dir.resolve("inspect"));
        Files.writeString(dir.resolve("inspect.jar"), "");
        return dir.toRealPath();
    }

    /** Runs the launcher with JAVA_HOME set to a stand-in java that prints one argument per line. */
    private List<String> run(Path dir, Map<String, String> env, String... userArgs) throws Exception {
        Path javaHome = tmp.resolve("jdk");
        Path java = javaHome.resolve("bin").resolve("java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            java.toFile().setExecutable(true);
        }
        List<String> command = new ArrayList<>(List.of("sh", dir.resolve("inspect").toString()));
        command.addAll(List.of(userArgs));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("INSPECT_JAVA_OPTS");
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }
}
