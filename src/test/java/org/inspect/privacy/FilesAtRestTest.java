package org.inspect.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.inspect.cli.Cli;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;
import org.inspect.error.ExitCodes;
import org.inspect.testing.RollFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that hold personal data in full (the rejects file, full-data exports and documents, the demo's rolls)
 * are written readable by their owner only; a masked export as before.
 */
class FilesAtRestTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void posix() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void rejectsAndFullDataExportsAreReadableByTheirOwnerOnly() throws Exception {
        Path in = RollFixture.write(tmp.resolve("in"), 10);
        Path households = in.resolve("households.csv");
        List<String> lines = Files.readAllLines(households, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",370921,", ",37092X,"));
        Files.write(households, lines, StandardCharsets.UTF_8);
        Cli cli = new Cli(tmp.resolve("data"));
        Path rejects = tmp.resolve("out").resolve("rejects.csv");
        ok(cli.run("import", "--dir", in.toString(), "--snapshot", "2019-03", "--skip-invalid", "--rejects",
                rejects.toString()));
        assertEquals("rw-------", perms(rejects));
        assertEquals("rwx------", perms(rejects.getParent()));
        ok(cli.run("check", "--all"));
        for (String format : List.of("csv", "xlsx")) {
            ok(cli.run("findings", "--format", format, "--full-data", "--out",
                    tmp.resolve("full").resolve("findings." + format).toString()));
            assertEquals("rw-------", perms(tmp.resolve("full").resolve("findings-full." + format)));
            ok(cli.run("findings", "--format", format, "--out", tmp.resolve("findings." + format).toString()));
            assertFalse(perms(tmp.resolve("findings." + format)).equals("rw-------"), "a masked export as before");
        }
        ok(cli.run("rectify", "list", "--format", "csv", "--full-data", "--out", tmp.resolve("items.csv").toString()));
        assertEquals("rw-------", perms(tmp.resolve("items.csv")));
    }

    @Test
    void theDemosRollsAreReadableByTheirOwnerOnly() throws Exception {
        Path dir = tmp.resolve("demo").resolve("2019-03");
        DemoCity.write(dir, tmp.resolve("demo").resolve("planted.csv"), DemoOptions.defaults().withHouseholds(20));
        assertEquals("rwx------", perms(tmp.resolve("demo")));
        assertEquals("rwx------", perms(dir));
        try (Stream<Path> s = Stream.concat(Files.list(dir), Files.list(tmp.resolve("demo")))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertEquals("rw-------", perms(f), f.toString());
            }
        }
    }

    private static void ok(Cli.Result r) {
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }
}
