package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of every bundle formats: with dummy arguments no {@code {n}} is left over (a lone apostrophe
 * quotes the rest of a MessageFormat pattern, so "month two's rolls ({1} planted)" printed "month twos rolls
 * ({1} planted)"), and no apostrophe between letters is swallowed; a message printed as it is (no placeholder)
 * carries no doubled apostrophe.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/inspect/cli");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\d+[,}]");
    private static final Pattern SWALLOWED = Pattern.compile("\\p{L}'\\p{L}");

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    @Test
    void everyMessageOfEveryBundleFormatsWithoutLeftoversOrSwallowedApostrophes() throws IOException {
        Object[] args = new Object[12];
        for (int i = 0; i < args.length; i++) {
            args[i] = "ARG" + i;
        }
        List<String> problems = new ArrayList<>();
        int formatted = 0;
        for (Path file : bundles()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String pattern = p.getProperty(key);
                String where = file.getFileName() + " " + key + ": ";
                if (!PLACEHOLDER.matcher(pattern).find()) {
                    if (pattern.contains("''")) {
                        problems.add(where + "printed as it is, so '' shows doubled: " + pattern);
                    }
                    continue;
                }
                String out;
                try {
                    out = new MessageFormat(pattern, Locale.ROOT).format(args);
                    formatted++;
                } catch (IllegalArgumentException e) {
                    problems.add(where + "does not format: " + e.getMessage());
                    continue;
                }
                if (LEFTOVER.matcher(out).find()) {
                    problems.add(where + "leaves a placeholder: " + out);
                }
                if (SWALLOWED.matcher(pattern.replace("''", "")).find()) {
                    problems.add(where + "an apostrophe MessageFormat swallows (write '' or reword): " + pattern);
                }
            }
        }
        assertTrue(formatted > 300, "the bundles were read: " + formatted);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theReconcileSummaryListsTenItemsThenCountsTheRest() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("1, 2, 3", RectifyReconcileCommand.join(List.of(1L, 2L, 3L)));
            assertEquals("3, 6, 9", RectifyReconcileCommand.join(List.of(6L, 3L, 9L)), "in item order");
            List<Long> many = LongStream.rangeClosed(101, 137).boxed().toList();
            assertEquals("101, 102, 103, 104, 105, 106, 107, 108, 109, 110 … and 27 more (all of them: inspect rectify"
                    + " list, or --format xlsx)", RectifyReconcileCommand.join(many));
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertTrue(RectifyReconcileCommand.join(many).endsWith("110 ……等，另有 27 项（完整清单见 inspect rectify list，"
                    + "或加 --format xlsx）"), RectifyReconcileCommand.join(many));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
