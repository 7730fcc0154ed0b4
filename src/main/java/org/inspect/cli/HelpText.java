package org.inspect.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inspect.model.DisplayWidth;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every verb's help in the user's language (picocli's own headings are English), wrapped at words: picocli's line
 * breaking (java.text.BreakIterator) breaks after a dot, so a path such as {@code ./data} or
 * {@code config/campaign.properties} came out as {@code . /data}. Picocli lays the help out on one long line per
 * paragraph, and this class wraps it: at spaces, or between two Chinese characters, never inside or next to a
 * run of letters, digits and punctuation, with continuation lines under the description column.
 */
final class HelpText {

    /** The width the help is wrapped to, in display columns. */
    static final int WIDTH = 80;

    /** Wide enough that picocli itself never wraps. */
    private static final int UNWRAPPED = 1000;

    private static final String NO_LINE_START = "，。、：；！？）》”’」』】〕,.;:!?)]}%";
    private static final String NO_LINE_END = "（《“‘「『【〔([{";

    private HelpText() {
    }

    /** Sets the help headings and the wrapping of {@code line} and of every command below it. */
    static void localise(CommandLine line) {
        line.setUsageHelpWidth(UNWRAPPED);
        apply(line);
    }

    private static void apply(CommandLine line) {
        UsageMessageSpec u = line.getCommandSpec().usageMessage();
        u.synopsisHeading(Messages.get("usage.synopsisHeading"));
        u.optionListHeading(Messages.get("usage.optionListHeading"));
        u.parameterListHeading(Messages.get("usage.parameterListHeading"));
        u.commandListHeading(Messages.get("usage.commandListHeading"));
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        line.getHelpSectionMap().forEach((key, renderer) -> sections.put(key, help -> wrap(renderer.render(help))));
        line.setHelpSectionMap(sections);
        for (CommandLine sub : line.getSubcommands().values()) {
            apply(sub);
        }
    }

    /** {@code text} with every line longer than {@link #WIDTH} wrapped at words. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(wrapLine(lines[i].replace("\r", "")));
        }
        return out.toString().replace("\n", System.lineSeparator());
    }

    private static String wrapLine(String line) {
        if (DisplayWidth.of(line) <= WIDTH) {
            return line;
        }
        int indent = descriptionColumn(line);
        String pad = " ".repeat(DisplayWidth.of(line.substring(0, indent)));
        StringBuilder out = new StringBuilder();
        String rest = line;
        boolean first = true;
        while (true) {
            String prefix = first ? "" : pad;
            String body = first ? rest : rest.stripLeading();
            int room = WIDTH - DisplayWidth.of(prefix);
            if (DisplayWidth.of(body) <= room) {
                out.append(prefix).append(body);
                return out.toString();
            }
            int cut = breakBefore(body, room, first ? indent : 0);
            if (cut <= (first ? indent : 0)) {
                out.append(prefix).append(body); // one word wider than the line: leave it whole
                return out.toString();
            }
            out.append(prefix).append(body, 0, cut).append('\n');
            // strip trailing spaces of the line just written
            int end = out.length() - 1;
            while (end > 0 && out.charAt(end - 1) == ' ') {
                out.deleteCharAt(end - 1);
                end--;
            }
            rest = body.substring(cut);
            first = false;
        }
    }

    /** Where the text of a {@code name   description} line starts: after the first gap of two spaces, else its indent. */
    static int descriptionColumn(String line) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        int gap = line.indexOf("  ", lead);
        if (gap < 0) {
            return lead;
        }
        int start = gap;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return start < line.length() && DisplayWidth.of(line.substring(0, start)) < WIDTH / 2 ? start : lead;
    }

    /** The last index at or after {@code min} before which {@code s} may break, with the part before fitting {@code room}. */
    private static int breakBefore(String s, int room, int min) {
        int best = -1;
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > min && canBreak(s.charAt(i - 1), c)) {
                best = i;
            }
            width += DisplayWidth.of(c);
            if (width > room) {
                break;
            }
        }
        return best;
    }

    private static boolean canBreak(char before, char after) {
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        if (before == ' ') {
            return after != ' ';
        }
        // between two Chinese characters; never between a Chinese character and a path, option or number
        return DisplayWidth.of(before) == 2 && DisplayWidth.of(after) == 2;
    }
}
