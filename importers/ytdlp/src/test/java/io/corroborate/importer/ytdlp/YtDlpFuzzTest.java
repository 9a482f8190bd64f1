package io.corroborate.importer.ytdlp;

import io.corroborate.testing.Fuzz;
import io.corroborate.testing.JsonFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded mutations of real-format samples: only ImportException escapes, and nothing before the damage is lost. */
class YtDlpFuzzTest {
    @TempDir
    Path work;

    @Test
    void mutatedPlaylistsNeverCrashAndKeepEveryEntryBeforeTheDamage() throws IOException {
        String text = resource("/ytdlp/playlist/Almaty January 2022 [PLaLmAtY2022jAnUaRy].info.json");
        List<Fuzz.Record> records = new ArrayList<>();
        records.add(record(text, "youtube:Pl1aY2lI3sT", "\"id\": \"Pl1aY2lI3sT\"", "\"_type\": \"video\"}"));
        records.add(record(text, "twitter:1478699551412338689", "\"id\": \"1478699551412338689\"", "\"_type\": \"video\"}"));
        records.add(record(text, "youtube:Pl4aY5lI6sT", "\"id\": \"Pl4aY5lI6sT\"", "\"_type\": \"video\"}"));
        records.add(record(text, "youtube:Fl7aT8eN9tR", "\"id\": \"Fl7aT8eN9tR\"", "\"UCx9Ab3kL0mN1pQ2rS3tU4vW\"}"));
        Fuzz.Sample sample = new Fuzz.Sample("dl/playlist.info.json", text.getBytes(StandardCharsets.UTF_8), records, false);

        Fuzz.Report report = Fuzz.of(new YtDlpImporter()).run(sample, work, 20220105L, 2500);

        assertThat(report.rounds()).isGreaterThanOrEqualTo(2500);
        assertThat(report.importErrors()).isPositive();
        assertThat(report.items()).isPositive();
    }

    @Test
    void mutatedJsonLinesNeverCrashAndKeepEveryLineBeforeTheDamage() throws IOException {
        String text = resource("/hostile/wrong-types.jsonl") + resource("/ytdlp/lines/dump.jsonl");
        List<Fuzz.Record> records = new ArrayList<>();
        records.add(record(text, "youtube:NegDurat10n", "\"id\": \"NegDurat10n\"", "}"));
        records.add(record(text, "youtube:Bc7dE8fG9hI", "\"id\": \"Bc7dE8fG9hI\"", "\"_type\": \"video\"}"));
        Fuzz.Sample sample = new Fuzz.Sample("dl/dump.jsonl", text.getBytes(StandardCharsets.UTF_8), records, false);

        Fuzz.Report report = Fuzz.of(new YtDlpImporter()).run(sample, work, 46L, 1000);

        assertThat(report.items()).isPositive();
    }

    private static Fuzz.Record record(String text, String itemId, String idMarker, String endMarker) {
        int at = text.indexOf(idMarker);
        int end = text.indexOf(endMarker, at) + endMarker.length();
        assertThat(at).isNotNegative();
        return new Fuzz.Record(itemId, text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = YtDlpFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void valuesOfOtherTypesNeverEscapeAsAnythingButImportErrors() throws IOException {
        String text = resource("/ytdlp/playlist/Almaty January 2022 [PLaLmAtY2022jAnUaRy].info.json");
        Fuzz.Sample sample = new Fuzz.Sample("dl/playlist.info.json", text.getBytes(StandardCharsets.UTF_8), List.of(), false);

        Fuzz.Report report = JsonFuzz.run(Fuzz.of(new YtDlpImporter()), sample, work.resolve("types"), 5012022L, 500);

        assertThat(report.items()).isPositive();
    }
}
