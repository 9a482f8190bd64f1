package io.corroborate.importer.csv;

import io.corroborate.spi.BasicImportContext;
import io.corroborate.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Mutated sheets of every preset: nothing but ImportException escapes, no row before the damage is lost. */
class CsvFuzzTest {
    private static final int ROUNDS = 800;

    @TempDir
    Path work;

    private static String resource(String name) throws IOException {
        try (InputStream in = CsvFuzzTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Fuzz.Report fuzz(String resource, List<String> ids, Function<String, String> marker, Map<String, String> options, long seed)
            throws IOException {
        // a row ends at its line break; auto-archiver cells hold bare \n inside quotes, rows end with \r\n
        String text = resource(resource);
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("sheet.csv", text, ids, marker, text.contains("\r\n") ? "\r\n" : "\n");
        Fuzz fuzz = Fuzz.of(new CsvImporter(), root -> new BasicImportContext(root, Runs.ALMATY, null, options, Runs.CLOCK));
        return fuzz.run(sample, work.resolve(String.valueOf(seed)), seed, ROUNDS);
    }

    @Test
    void fourCatTelegram() throws IOException {
        Fuzz.Report r = fuzz("4cat/telegram-almatyinfo.csv",
                List.of("telegram:almatyinfo:1234", "telegram:almatyinfo:1235", "telegram:almatyinfo:1236", "telegram:almatyinfo:1237"),
                id -> ",almatyinfo-" + id.substring(id.lastIndexOf(':') + 1) + ",", Map.of("preset", "4cat-telegram"), 41L);

        assertThat(r.importErrors()).isPositive();
        assertThat(r.items()).isGreaterThan(ROUNDS * 2L);
    }

    @Test
    void fourCatTwitter() throws IOException {
        Fuzz.Report r = fuzz("4cat/twitter-almaty.csv",
                List.of("twitter:1478685016341098498", "twitter:1478685645151145987", "twitter:1478703012345678901"),
                id -> "," + id.substring("twitter:".length()) + ",", Map.of("preset", "4cat-twitter"), 42L);

        assertThat(r.items()).isGreaterThan(ROUNDS * 2L);
    }

    @Test
    void atlos() throws IOException {
        Fuzz.Report r = fuzz("atlos/atlos-export-2022-02-01.csv", List.of("atlos:ATL-7F3K2Q", "atlos:ATL-9QW2ZD"),
                id -> "\n" + id.substring("atlos:".length()) + ",", Map.of("preset", "atlos"), 43L);

        assertThat(r.items()).isGreaterThan((long) ROUNDS);
    }

    @Test
    void autoArchiver() throws IOException {
        Fuzz.Report r = fuzz("auto-archiver/almaty-sheet.csv",
                List.of("telegram:almatyinfo:1234", "twitter:1478685016341098498", "youtube:dQw4w9WgXcQ", "web:example.org/news/almaty?id=5"),
                id -> switch (id) {
                    case "telegram:almatyinfo:1234" -> "\nhttps://t.me/almatyinfo/1234,";
                    case "twitter:1478685016341098498" -> "\nhttps://x.com/almaty_news/status/1478685016341098498";
                    case "youtube:dQw4w9WgXcQ" -> "\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ";
                    default -> "\nhttps://example.org/news/almaty?id=5,";
                }, Map.of("preset", "auto-archiver"), 44L);

        assertThat(r.items()).isGreaterThan(ROUNDS * 2L);
    }

    @Test
    void genericMappingWithAPatternAndZone() throws IOException {
        Fuzz.Report r = fuzz("generic/team-sheet.csv", List.of("telegram:almatyinfo:1240", "telegram:almatyinfo:1241"),
                id -> "\n" + (id.endsWith("1240") ? "1" : "2") + ";",
                Map.of("url-column", "Channel link", "time-column", "Posted (local)", "time-format", "dd.MM.yyyy HH:mm",
                        "time-zone", "Asia/Almaty", "text-column", "Text", "lat-column", "Lat", "lon-column", "Lon",
                        "sha256-column", "SHA256", "delimiter", ";"), 45L);

        assertThat(r.items()).isGreaterThan((long) ROUNDS);
    }
}
