package io.corroborate.importer.telegram;

import io.corroborate.testing.Fuzz;
import io.corroborate.testing.JsonFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated exports: nothing but ImportException escapes, and every message that ends before the
 * first damaged byte is still imported (docs/security.md).
 */
class TelegramFuzzTest {
    private static final int ROUNDS = 750;

    @TempDir
    Path work;

    private static String resource(String name) throws IOException {
        try (InputStream in = TelegramFuzzTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSingleChatExportSurvivesMutation() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("single/result.json", resource("single/result.json"),
                List.of("telegram:1234567890:2", "telegram:1234567890:3", "telegram:1234567890:4", "telegram:1234567890:5",
                        "telegram:1234567890:6", "telegram:1234567890:7", "telegram:1234567890:8", "telegram:1234567890:9"),
                id -> "\"id\": " + id.substring(id.lastIndexOf(':') + 1) + ",\n", "\n  }");

        Fuzz.Report report = Fuzz.of(new TelegramImporter()).run(sample, work.resolve("single"), 20220105L, ROUNDS);

        assertThat(report.rounds()).isGreaterThanOrEqualTo(ROUNDS);
        assertThat(report.items()).isPositive();
    }

    @Test
    void anExportWithTheWritersDefectsSurvivesMutationThroughTheRepairingPass() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("defects/result.json", resource("defects/result.json"),
                List.of("telegram:1234567890:30", "telegram:1234567890:31", "telegram:1234567890:32", "telegram:1234567890:33"),
                id -> "\"id\": " + id.substring(id.lastIndexOf(':') + 1) + ",\n", "\n  }");

        Fuzz.Report report = Fuzz.of(new TelegramImporter()).run(sample, work.resolve("defects"), 4_1_1L, ROUNDS);

        assertThat(report.items()).isPositive();
    }

    @Test
    void aFullAccountExportSurvivesMutation() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("account/result.json", resource("account/result.json"),
                List.of("telegram:1234567890:101", "telegram:700700:4", "telegram:987654321:55"),
                id -> "\"id\": " + id.substring(id.lastIndexOf(':') + 1) + ",\n", "\n     }");

        Fuzz.Report report = Fuzz.of(new TelegramImporter()).run(sample, work.resolve("account"), 700700L, ROUNDS);

        assertThat(report.items()).isPositive();
    }

    @Test
    void aTelethonJsonLinesDumpSurvivesMutation() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("dump/messages.jsonl", resource("telethon/messages.jsonl"),
                List.of("telegram:1555000111:77", "telegram:1555000111:79", "telegram:1555000111:80"),
                id -> "{\"_\": \"Message\", \"id\": " + id.substring(id.lastIndexOf(':') + 1) + ",", "\n");

        Fuzz.Report report = Fuzz.of(new TelegramImporter()).run(sample, work.resolve("telethon"), 1555000111L, ROUNDS);

        assertThat(report.items()).isPositive();
    }

    @Test
    void valuesOfOtherTypesNeverEscapeAsAnythingButImportErrors() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.of("single/result.json", resource("single/result.json"), List.of());

        Fuzz.Report report = JsonFuzz.run(Fuzz.of(new TelegramImporter()), sample, work.resolve("types"), 5012022L, 500);

        assertThat(report.items()).isPositive();
    }
}
