package org.inspect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of full personal data are readable by their owner only; masked files as the umask gives. */
class PrivateFilesTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void posix() {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void writesAFullDataFile0600InFolders0700ItMakes() throws Exception {
        Path file = tmp.resolve("a").resolve("b").resolve("findings-full.csv");
        try (OutputStream out = PrivateFiles.open(file, true)) {
            out.write(1);
        }
        assertEquals("rw-------", perms(file));
        assertEquals("rwx------", perms(tmp.resolve("a")));
        assertEquals("rwx------", perms(tmp.resolve("a").resolve("b")));
    }

    @Test
    void makesAnExistingFileOfTheSameNamePrivateBeforeWritingIt() throws Exception {
        Path file = tmp.resolve("report-full.pdf");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (Writer w = PrivateFiles.writer(file, true)) {
            w.write("new");
        }
        assertEquals("rw-------", perms(file));
        assertEquals("new", Files.readString(file));
    }

    @Test
    void leavesTheFoldersItDidNotMakeAlone() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (OutputStream out = PrivateFiles.open(tmp.resolve("x-full.xlsx"), true)) {
            out.write(1);
        }
        assertEquals("rwxr-xr-x", perms(tmp));
    }

    @Test
    void fullDataSpreadsheetsArePrivateAndMaskedOnesAreNot() throws Exception {
        for (SheetFormat f : SheetFormat.values()) {
            Path full = tmp.resolve("full").resolve(f.fileName("findings-full"));
            try (SheetWriter s = Sheets.open(full, f, List.of("id"), true)) {
                s.row(List.of("1"));
            }
            assertEquals("rw-------", perms(full), full.toString());
            assertEquals("rwx------", perms(full.getParent()));
            Path masked = tmp.resolve(f.fileName("findings"));
            try (SheetWriter s = Sheets.open(masked, f, List.of("id"))) {
                s.row(List.of("1"));
            }
            assertEquals(true, Files.getPosixFilePermissions(masked).contains(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ));
        }
    }
}
