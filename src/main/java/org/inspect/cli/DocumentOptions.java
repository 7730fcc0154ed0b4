package org.inspect.cli;

import java.nio.file.Path;
import java.util.List;
import org.inspect.config.ConfigFiles;
import org.inspect.report.Documents;
import org.inspect.report.Lang;
import org.inspect.report.Manifest;
import picocli.CommandLine.Option;

/** Options shared by the document verbs ({@code report}, {@code notices}, {@code disclosure}): language and privacy. */
public final class DocumentOptions {

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", descriptionKey = "documents.lang")
    String lang;

    @Option(names = "--full-data", descriptionKey = "documents.fullData")
    boolean fullData;

    Lang lang() {
        return Lang.parse(lang);
    }

    /** The documents set in the configured (or system) fonts and worded by the city's templates. */
    static Documents documents() {
        return Documents.configure(ConfigFiles.configDir(), ConfigFiles.templatesDir());
    }

    /**
     * Registers documents just written (the report, the bulletin) with their SHA-256 in the register of issued
     * documents, so that verify-report can tell a later change even when the manifest beside them is rewritten.
     */
    static void register(Workspace ws, org.inspect.report.RegisterStore.Kind kind, Long checkRun,
            java.time.LocalDate issuedOn, List<Path> files) {
        new org.inspect.report.RegisterStore(ws.database()).record(files.stream()
                .filter(java.nio.file.Files::isRegularFile)
                .map(f -> new org.inspect.report.RegisterStore.New(kind, null, null, checkRun, null, null, issuedOn,
                        null, f)).toList());
    }

    /** Prints each file written and the manifest that lists them. */
    static void printWritten(List<Path> files) {
        for (Path f : files) {
            Console.println(Messages.get("documents.wrote", f));
        }
        if (!files.isEmpty()) {
            Console.println(Messages.get("documents.manifest",
                    files.get(0).toAbsolutePath().getParent().resolve(Manifest.FILE)));
        }
    }
}
