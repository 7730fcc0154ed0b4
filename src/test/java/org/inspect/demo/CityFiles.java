package org.inspect.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a written demo folder back as plain rows (header name → cell), for tests. */
final class CityFiles {

    private CityFiles() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new LinkedHashMap<>(rec.toMap()));
            }
        }
        return rows;
    }

    static Map<String, List<Map<String, String>>> byHousehold(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> map = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            map.computeIfAbsent(row.get("household_id"), k -> new ArrayList<>()).add(row);
        }
        return map;
    }
}
