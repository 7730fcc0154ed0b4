package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import org.inspect.report.Lang;
import org.inspect.report.Manifest;
import picocli.CommandLine.Option;

/** Options shared by the document verbs ({@code report}, {@code notices}, {@code disclosure}): language and privacy. */
final class DocumentOptions {

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", descriptionKey = "documents.lang")
    String lang;

    @Option(names = "--full-data", descriptionKey = "documents.fullData")
    boolean fullData;

    Lang lang() {
        return Lang.parse(lang);
    }

    /** Prints each file written and the manifest that lists them. */
    static void printWritten(Console console, List<Path> files) {
        for (Path f : files) {
            console.println(Messages.get("documents.wrote", f));
        }
        if (!files.isEmpty()) {
            console.println(Messages.get("documents.manifest",
                    files.get(0).toAbsolutePath().getParent().resolve(Manifest.FILE)));
        }
    }
}
