package org.inspect.report;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes every document into target/documents for a person to look at (pdftoppm); asserts only that they exist. */
class RenderSmokeTest {

    @Test
    void writesAllDocumentsForInspection() {
        Path out = Path.of("target/documents");
        Documents d = Fixtures.documents();
        d.report(Fixtures.report(false), Lang.ZH, out.resolve("report.pdf"));
        d.report(Fixtures.report(false), Lang.EN, out.resolve("report-en.pdf"));
        d.notices(Fixtures.notices(false), Lang.ZH, out.resolve("notices"));
        d.disclosure(Fixtures.disclosure(false), Lang.ZH, out.resolve("disclosure"));
        org.junit.jupiter.api.Assertions.assertTrue(out.resolve("report.pdf").toFile().length() > 0);
    }
}
