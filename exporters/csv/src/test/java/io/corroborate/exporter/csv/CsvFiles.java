package io.corroborate.exporter.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads our CSV files back with commons-csv, checking the byte order mark on the way. */
final class CsvFiles {
    private CsvFiles() {
    }

    /** Every record of the file, header included, after checking and dropping the BOM. */
    static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return p.getRecords();
        }
    }

    /** The data records of an internal-profile file, as maps by header name. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<CSVRecord> all = records(file);
        List<String> header = all.get(0).toList();
        return all.subList(1, all.size()).stream().map(r -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            return m;
        }).toList();
    }

    static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
    }
}
