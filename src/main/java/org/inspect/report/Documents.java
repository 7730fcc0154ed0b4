package org.inspect.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inspect.report.internal.ChecklistWriter;
import org.inspect.report.internal.DisclosureWriter;
import org.inspect.report.internal.FeedbackWriter;
import org.inspect.report.internal.FontLoader;
import org.inspect.report.internal.Fonts;
import org.inspect.report.internal.NoticeWriter;
import org.inspect.report.internal.ReportWriter;
import org.inspect.report.internal.Templates;
import org.inspect.report.internal.Wording;

/**
 * Writes the campaign's documents as print-ready A4 PDFs: the inspection report, the rectification notices and
 * the public disclosure lists. Wording comes from the templates folder, fonts from {@code fonts.properties} or the
 * system; every PDF written is recorded with its SHA-256 in the {@link Manifest} of its folder.
 */
public final class Documents {

    private final FontLoader fonts;
    private final Templates templates;

    private Documents(FontLoader fonts, Templates templates) {
        this.fonts = fonts;
        this.templates = templates;
    }

    /**
     * Documents set in the fonts of {@code configDir/fonts.properties} (or found on the system) and worded by
     * {@code templatesDir}; fails with the package or setting to fix when no CJK font is found.
     */
    public static Documents configure(Path configDir, Path templatesDir) {
        return new Documents(new FontLoader(Fonts.locate(configDir.resolve("fonts.properties"))),
                new Templates(templatesDir));
    }

    /**
     * Writes the inspection report to {@code file}, its findings annex ({@code <name>-annex.xlsx}, when there are
     * findings) beside it, and records both in the folder's manifest.
     */
    public Path report(ReportInput input, Lang lang, Path file) {
        createParent(file);
        List<Path> written = new ArrayList<>(List.of(file));
        new ReportWriter(input, templates.load("report", lang), wording(lang), fonts).write(file, fonts)
                .ifPresent(written::add);
        Manifest.record(file.toAbsolutePath().getParent(), written);
        return file;
    }

    /**
     * Writes one notice per county with an open finding into {@code dir}, and one combined file for printing;
     * returns the county files in notice-number order followed by the combined file.
     */
    public List<Path> notices(NoticeInput input, Lang lang, Path dir) {
        createDir(dir);
        List<Path> files = new NoticeWriter(input, templates.load("notice", lang), wording(lang), fonts).write(dir);
        Manifest.record(dir, files);
        return files;
    }

    /** The files {@link #notices} would write for {@code input} into {@code dir}, without writing anything. */
    public List<Path> noticeFiles(NoticeInput input, Lang lang, Path dir) {
        return new NoticeWriter(input, templates.load("notice", lang), wording(lang), fonts).plannedFiles(dir);
    }

    /**
     * The notices {@link #notices} writes for {@code input}: county code → notice number, in the order of the
     * files it returns (the city's order of counties, numbered consecutively from the first number).
     */
    public static java.util.LinkedHashMap<String, String> noticeNumbers(NoticeInput input) {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        new NoticeWriter(input, null, null, null).notices().forEach(n -> out.put(n.countyCode(), n.number()));
        return out;
    }

    /** Writes the rectification progress bulletin (整改进展情况通报) to {@code file}, recorded in its folder's manifest. */
    public Path bulletin(BulletinInput input, Lang lang, Path file) {
        createParent(file);
        new org.inspect.report.internal.BulletinWriter(input, templates.load("bulletin", lang), wording(lang), fonts)
                .write(file);
        Manifest.record(file.toAbsolutePath().getParent(), List.of(file));
        return file;
    }

    /** Writes one disclosure list per township into {@code dir}; returns the files. */
    public List<Path> disclosure(DisclosureInput input, Lang lang, Path dir) {
        createDir(dir);
        List<Path> files = new ArrayList<>(
                new DisclosureWriter(input, templates.load("disclosure", lang), wording(lang), fonts).write(dir));
        Manifest.record(dir, files);
        return files;
    }

    /** Writes one compare feedback form per county into {@code dir}; returns the files. */
    public List<Path> feedback(FeedbackInput input, Lang lang, Path dir) {
        createDir(dir);
        List<Path> files = new ArrayList<>(
                new FeedbackWriter(input, templates.load("feedback", lang), wording(lang), fonts).write(dir));
        Manifest.record(dir, files);
        return files;
    }

    /** Writes one field checklist (入户核查表) per inspector of a sample run into {@code dir}; returns the files. */
    public List<Path> checklists(ChecklistInput input, Lang lang, Path dir) {
        createDir(dir);
        List<Path> files = new ChecklistWriter(input, templates.load("checklist", lang), wording(lang), fonts)
                .write(dir);
        Manifest.record(dir, files);
        return files;
    }

    private Wording wording(Lang lang) {
        return new Wording(templates.load("common", lang), lang);
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        createDir(parent);
    }

    private static void createDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
