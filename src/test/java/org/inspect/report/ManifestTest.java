package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspect.error.BadInputException;
import org.inspect.report.Manifest.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest beside the PDFs tells altered, missing and unlisted files apart. */
class ManifestTest {

    @TempDir
    Path dir;

    @BeforeEach
    void twoDocuments() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7 a");
        Files.writeString(dir.resolve("b.pdf"), "%PDF-1.7 b");
        Manifest.record(dir, List.of(dir.resolve("a.pdf"), dir.resolve("b.pdf")));
    }

    @Test
    void untouchedFolderIsIntact() {
        assertTrue(Manifest.verify(dir).intact());
    }

    @Test
    void namesAnAlteredFile() throws IOException {
        Files.writeString(dir.resolve("b.pdf"), "%PDF-1.7 B");
        Verification v = Manifest.verify(dir);
        assertEquals(List.of("b.pdf"), v.altered());
        assertTrue(v.missing().isEmpty() && v.extra().isEmpty());
    }

    @Test
    void namesAMissingAndAnUnlistedFile() throws IOException {
        Files.delete(dir.resolve("a.pdf"));
        Files.writeString(dir.resolve("c.pdf"), "%PDF-1.7 c");
        Verification v = Manifest.verify(dir);
        assertEquals(List.of("a.pdf"), v.missing());
        assertEquals(List.of("c.pdf"), v.extra());
    }

    @Test
    void keepsEntriesOfOtherFilesWhenRecordingAgain() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7 a2");
        Manifest.record(dir, List.of(dir.resolve("a.pdf")));
        assertTrue(Manifest.verify(dir).intact());
        assertEquals(2, Files.readAllLines(dir.resolve(Manifest.FILE)).size());
    }

    @Test
    void writesTheFormatOfSha256sum() throws IOException {
        String line = Files.readAllLines(dir.resolve(Manifest.FILE)).get(0);
        assertTrue(line.matches("[0-9a-f]{64}  a\\.pdf"), line);
    }

    @Test
    void refusesAFolderWithoutManifest() throws IOException {
        Files.delete(dir.resolve(Manifest.FILE));
        assertThrows(BadInputException.class, () -> Manifest.verify(dir));
    }

    @Test
    void generatedDocumentsAreRecorded(@TempDir Path out) {
        List<Path> files = Fixtures.documents().disclosure(Fixtures.disclosure(false), Lang.ZH, out);
        Verification v = Manifest.verify(out);
        assertTrue(v.intact(), v.toString());
        assertEquals(files.size(), v.dir().toFile().list((d, n) -> n.endsWith(".pdf")).length);
    }
}
