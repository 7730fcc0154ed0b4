package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the Chinese documents of the fixtures into {@code target/documents} for a person to look at
 * ({@code pdftoppm -png -r 80}); the manifest of the folder must hold them.
 */
class SampleOutputTest {

    @Test
    void writesTheFixtureDocumentsWithTheirManifest() {
        Path out = Path.of("target/documents");
        Documents d = Fixtures.documents();
        d.report(Fixtures.report(false), Lang.ZH, out.resolve("report.pdf"));
        d.notices(Fixtures.notices(false), Lang.ZH, out.resolve("notices"));
        d.disclosure(Fixtures.disclosure(false), Lang.ZH, out.resolve("disclosure"));
        assertTrue(Files.exists(out.resolve(Manifest.FILE)));
        assertTrue(Manifest.verify(out.resolve("notices")).intact());
    }
}
