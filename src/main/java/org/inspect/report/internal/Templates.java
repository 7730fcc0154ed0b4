package org.inspect.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.error.BadInputException;
import org.inspect.report.Lang;

/** Reads document wording from a templates folder, so that a city can reword a notice without a new build. */
public final class Templates {

    private final Path dir;

    public Templates(Path dir) {
        this.dir = dir;
    }

    /** {@code <dir>/<document>.<lang>.txt}, e.g. {@code templates/notice.zh.txt}. */
    public Template load(String document, Lang lang) {
        Path file = dir.resolve(document + "." + lang.code() + ".txt");
        if (!Files.isReadable(file)) {
            throw new BadInputException(file + ": template not found; the templates folder must hold "
                    + document + "." + lang.code() + ".txt (copy it from the shipped templates/)");
        }
        try {
            return Template.parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read template: " + e.getMessage(), e);
        }
    }
}
