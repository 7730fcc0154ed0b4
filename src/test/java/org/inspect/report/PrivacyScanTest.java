package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans every generated PDF for an unmasked 18-character identity number or the full name of a listed person
 * (clause 三（三）); the same scan over the full-data edition must find them, so the scan itself can fail.
 */
class PrivacyScanTest {

    private static final Pattern ID = Pattern.compile("(?<![0-9Xx])[0-9]{17}[0-9Xx](?![0-9Xx])");

    @TempDir
    Path dir;

    @Test
    void noGeneratedDocumentShowsAnIdNumberOrFullName() throws IOException {
        List<String> leaks = scan(writeAll(false));
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    @Test
    void fullDataEditionShowsThemSoTheScanWorks() throws IOException {
        List<String> leaks = scan(writeAll(true));
        assertFalse(leaks.stream().noneMatch(l -> l.contains("id number")));
        assertFalse(leaks.stream().noneMatch(l -> l.contains("name")));
    }

    private List<Path> writeAll(boolean fullData) throws IOException {
        Documents d = Fixtures.documents();
        d.report(Fixtures.report(fullData), Lang.ZH, dir.resolve("report.pdf"));
        d.notices(Fixtures.notices(fullData), Lang.ZH, dir.resolve("notices"));
        d.disclosure(Fixtures.disclosure(fullData), Lang.ZH, dir.resolve("disclosure"));
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static List<String> scan(List<Path> pdfs) {
        List<String> leaks = new ArrayList<>();
        for (Path pdf : pdfs) {
            String text = PdfText.text(pdf).replaceAll("\\s+", "");
            ID.matcher(text).results().forEach(m -> leaks.add(pdf.getFileName() + ": id number " + m.group()));
            Fixtures.NAMES.stream().filter(text::contains).forEach(n -> leaks.add(pdf.getFileName() + ": name " + n));
        }
        return leaks;
    }
}
