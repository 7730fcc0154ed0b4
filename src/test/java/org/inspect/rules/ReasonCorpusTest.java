package org.inspect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.inspect.model.Criterion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the reader against the hand-labelled corpus {@code reasons-corpus.tsv} (written before the reader):
 * precision and recall per criterion, printed, and required to be 1.00; the reasons labelled "?" must be
 * reported as needing a person's reading, and no other.
 */
class ReasonCorpusTest {

    static final ExclusionCriteria READER = ExclusionCriteria.load(Path.of("config/reason-words.txt"));

    record Labelled(int line, String reason, Set<Criterion> expected, boolean needsReading) {
    }

    static List<Labelled> corpus;

    @BeforeAll
    static void loadCorpus() throws IOException {
        corpus = new ArrayList<>();
        try (InputStream in = ReasonCorpusTest.class.getResourceAsStream("reasons-corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                corpus.add(new Labelled(i + 1, f[1], labels(f[0]), f[0].equals("?")));
            }
        }
    }

    private static Set<Criterion> labels(String field) {
        Set<Criterion> out = EnumSet.noneOf(Criterion.class);
        for (String code : field.split(",")) {
            switch (code.strip()) {
                case "V" -> out.add(Criterion.RELATIVE_VEHICLE);
                case "H" -> out.add(Criterion.RELATIVE_HOUSE);
                case "S" -> out.add(Criterion.STATE_FUNDED);
                case "L" -> out.add(Criterion.LABOUR_CAPACITY);
                case "P" -> out.add(Criterion.REGISTERED_POOR_EXCLUSIVE);
                case "Q" -> out.add(Criterion.QUOTA);
                case "-", "?" -> { }
                default -> throw new IllegalArgumentException("unknown label " + code);
            }
        }
        return out;
    }

    @Test
    void corpusHoldsAtLeastThreeHundredReasons() {
        assertTrue(corpus.size() >= 300, "corpus has " + corpus.size() + " reasons");
    }

    @Test
    void readsEveryCriterionWithPrecisionAndRecallOfOne() {
        Map<Criterion, int[]> counts = new EnumMap<>(Criterion.class); // tp, fp, fn
        List<String> wrong = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            counts.put(c, new int[3]);
        }
        for (Labelled l : corpus) {
            Set<Criterion> got = READER.find(l.reason()).stream().map(CriterionMatch::criterion)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Criterion.class)));
            for (Criterion c : Criterion.values()) {
                boolean e = l.expected().contains(c);
                boolean g = got.contains(c);
                counts.get(c)[e && g ? 0 : g ? 1 : e ? 2 : 0] += (e || g) ? 1 : 0;
            }
            if (!got.equals(l.expected())) {
                wrong.add("line " + l.line() + ": " + l.reason() + " expected " + l.expected() + " read " + got);
            }
        }
        StringBuilder report = new StringBuilder("criterion                  tp  fp  fn  precision recall\n");
        boolean perfect = true;
        for (Criterion c : Criterion.values()) {
            int[] n = counts.get(c);
            double p = n[0] + n[1] == 0 ? 1 : (double) n[0] / (n[0] + n[1]);
            double r = n[0] + n[2] == 0 ? 1 : (double) n[0] / (n[0] + n[2]);
            perfect &= p == 1.0 && r == 1.0 && n[0] > 0;
            report.append(String.format("%-25s %3d %3d %3d  %9.2f %6.2f%n", c, n[0], n[1], n[2], p, r));
        }
        System.out.println("Reason corpus (" + corpus.size() + " reasons):\n" + report);
        assertTrue(perfect, report + String.join("\n", wrong));
    }

    @Test
    void reportsExactlyTheReasonsLabelledAsNeedingAPersonsReading() {
        List<String> wrong = new ArrayList<>();
        for (Labelled l : corpus) {
            boolean got = READER.read(l.reason()).needsPersonsReading();
            if (got != l.needsReading()) {
                wrong.add("line " + l.line() + ": " + l.reason() + " needs reading " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
