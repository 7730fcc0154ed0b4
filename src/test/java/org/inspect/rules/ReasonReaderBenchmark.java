package org.inspect.rules;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inspect.demo.DemoCity;
import org.inspect.demo.DemoOptions;

/**
 * Measures the reader of reasons on the refusal and termination reasons of a demo city (default 20,000
 * households): reasons per second, after a warm-up pass. Not a test: run it by hand,
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.inspect.rules.ReasonReaderBenchmark [households]}.
 */
public final class ReasonReaderBenchmark {

    private ReasonReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : DemoOptions.defaults().households();
        Path dir = Files.createTempDirectory("reason-bench");
        DemoCity.write(dir, DemoOptions.defaults().withHouseholds(households));
        List<String> reasons = reasons(dir);
        long t0 = System.nanoTime();
        ExclusionCriteria reader = ExclusionCriteria.load(Path.of("config/reason-words.txt"));
        reader.read("儿子有小轿车");
        System.out.printf("word list loaded and first reason read in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int pass = 1; pass <= 3; pass++) {
            long start = System.nanoTime();
            long criteria = 0;
            for (String r : reasons) {
                criteria += reader.find(r).size();
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("pass %d: %d reasons (%d criteria) of %d households in %.3f s: %.0f reasons/s%n", pass,
                    reasons.size(), criteria, households, s, reasons.size() / s);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> reasons(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("cases")).toList()) {
                try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                        if (r.isMapped("decision_reason") && !r.get("decision_reason").isBlank()) {
                            out.add(r.get("decision_reason"));
                        }
                    }
                }
            }
        }
        return out;
    }
}
