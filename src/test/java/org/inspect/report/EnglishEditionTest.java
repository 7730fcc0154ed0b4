package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English notices and lists print (every placeholder of the English templates is known) in English. */
class EnglishEditionTest {

    @TempDir
    Path dir;

    @Test
    void noticesAreWordedInEnglish() {
        List<Path> files = Fixtures.documents().notices(Fixtures.notices(false), Lang.EN, dir);
        String t = PdfText.text(files.get(0)).replaceAll("\\s+", " ");
        assertTrue(t.contains("Rectification Notice"), t);
        assertTrue(t.contains("To: 泰山区 Civil Affairs Bureau"), t);
        assertTrue(t.contains("15 June 2019"), t);
        assertTrue(t.contains("Page 1 of"), t);
    }

    @Test
    void disclosureListsAreWordedInEnglish() {
        List<Path> files = Fixtures.documents().disclosure(Fixtures.disclosure(false), Lang.EN, dir);
        String t = PdfText.text(files.get(0)).replaceAll("\\s+", " ");
        assertTrue(t.contains("Dibao recipients (6 households, 15 people)"), t);
        assertTrue(t.contains("20 May 2019 to 26 May 2019"), t);
    }
}
