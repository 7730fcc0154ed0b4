package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document with full personal data says so on every page and carries -full in its file name; a masked one not. */
class FullDataDocumentsTest {

    private static final String MARK = "内部资料不得公开";

    @TempDir
    Path dir;

    private static List<Path> pdfs(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void everyPageOfAFullDataDocumentIsMarkedAndItsNameSaysFull() throws IOException {
        Documents d = Fixtures.documents();
        d.notices(Fixtures.notices(true), Lang.ZH, dir.resolve("full/notices"));
        d.disclosure(Fixtures.disclosure(true), Lang.ZH, dir.resolve("full/disclosure"));
        List<Path> files = pdfs(dir.resolve("full"));
        assertTrue(files.size() > 2, files.toString());
        for (Path f : files) {
            assertTrue(f.getFileName().toString().endsWith("-full.pdf"), f.toString());
            List<String> pages = PdfText.pages(f);
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(pages.get(i).replaceAll("\\s+", "").contains(MARK), f + " page " + (i + 1));
            }
        }
    }

    @Test
    void aMaskedDocumentIsNeitherMarkedNorNamedFull() throws IOException {
        Documents d = Fixtures.documents();
        d.notices(Fixtures.notices(false), Lang.ZH, dir.resolve("masked/notices"));
        d.disclosure(Fixtures.disclosure(false), Lang.ZH, dir.resolve("masked/disclosure"));
        List<Path> files = pdfs(dir.resolve("masked"));
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertFalse(f.getFileName().toString().contains("-full"), f.toString());
            assertFalse(PdfText.text(f).replaceAll("\\s+", "").contains(MARK), f.toString());
        }
        assertEquals(0, files.stream().filter(f -> f.toString().contains("-full")).count());
    }
}
