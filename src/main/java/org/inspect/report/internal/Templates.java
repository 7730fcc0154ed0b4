package org.inspect.report.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspect.error.BadInputException;
import org.inspect.report.Lang;

/**
 * Reads document wording from a templates folder, so that a city can reword a notice without a new build. A
 * template the folder lacks is read from the copy packaged in the jar ({@code templates/} on the class path),
 * so the toolkit also works when run outside the repository folder.
 */
public final class Templates {

    private final Path dir;

    public Templates(Path dir) {
        this.dir = dir;
    }

    /** {@code <dir>/<document>.<lang>.txt}, e.g. {@code templates/notice.zh.txt}, else the packaged copy. */
    public Template load(String document, Lang lang) {
        String name = document + "." + lang.code() + ".txt";
        Path file = dir.resolve(name);
        if (Files.isReadable(file)) {
            try {
                return Template.parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInputException(file + ": cannot read template: " + e.getMessage(), e);
            }
        }
        InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name);
        if (in == null) {
            throw new BadInputException(file + ": template not found; the templates folder must hold " + name
                    + " (copy it from the shipped templates/)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            return Template.parse(Path.of("(built-in) templates", name), lines);
        } catch (IOException e) {
            throw new BadInputException("(built-in) templates/" + name + ": cannot read template: " + e.getMessage(), e);
        }
    }
}
