package io.corroborate.importer.facebook;

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

/** Seeded mutations of real-format samples: only ImportException escapes, and nothing before the damage is lost. */
class FacebookFuzzTest {
    @TempDir
    Path work;

    @Test
    void mutatedPostsFilesNeverCrashAndKeepEveryPostBeforeTheDamage() throws IOException {
        String text = resource("/facebook/classic/facebook-aigerim.nurlanova-2022-01-20-Ab12Cd34/posts/your_posts_1.json");
        // no profile beside the sample: the owner key is made from the export folder's name, "export"
        String owner = "facebook:" + ImportRun.pseudonym("export") + ":";
        List<Fuzz.Record> records = List.of(
                record(text, owner + "1641380000", "\"timestamp\": 1641380000", "\n  }"),
                record(text, owner + "1641380000:2", "\"url\": \"https://vlast.kz/", "\n  }"),
                record(text, owner + "1641373392", "\"timestamp\": 1641373392", "\n  }"));
        Fuzz.Sample sample = new Fuzz.Sample("export/posts/your_posts_1.json", text.getBytes(StandardCharsets.UTF_8), records, false);

        Fuzz.Report report = Fuzz.of(new FacebookImporter()).run(sample, work, 20220105L, 2000);

        assertThat(report.importErrors()).isPositive();
        assertThat(report.items()).isPositive();
    }

    @Test
    void mutatedCrowdTangleCsvNeverCrashesAndKeepsEveryRowBeforeTheDamage() throws IOException {
        byte[] bytes;
        try (InputStream in = FacebookFuzzTest.class.getResourceAsStream("/crowdtangle/2022-01-10-11-40-00-EST-search-results.csv")) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Fuzz.Record> records = List.of(
                csvRecord(text, "facebook:100064123456789:1641391392", "/vlastkz/posts/4567890123456789"),
                csvRecord(text, "facebook:100069876543210:1641402600", "/ordakz/photos/"),
                csvRecord(text, "facebook:100064123456789:1641438000", "/vlastkz/posts/4567890123456790"),
                csvRecord(text, "facebook:100064123456789:1641441600", "/vlastkz/videos/"));
        Fuzz.Sample sample = new Fuzz.Sample("ct/export.csv", bytes, records, false);

        Fuzz.Report report = Fuzz.of(new FacebookImporter()).run(sample, work, 46L, 1500);

        assertThat(report.items()).isPositive();
    }

    private static Fuzz.Record record(String text, String itemId, String marker, String endMarker) {
        int at = text.indexOf(marker);
        assertThat(at).isNotNegative();
        int end = text.indexOf(endMarker, at) + endMarker.length();
        return new Fuzz.Record(itemId, text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
    }

    /** A CrowdTangle row ends at the newline after its last column (the overperforming score). */
    private static Fuzz.Record csvRecord(String text, String itemId, String urlMarker) {
        int at = text.indexOf(urlMarker);
        assertThat(at).isNotNegative();
        int end = text.indexOf("-2.45\n", at) + "-2.45\n".length();
        // the decoded text keeps the byte-order mark, so re-encoding gives the byte offset in the file
        return new Fuzz.Record(itemId, text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FacebookFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void valuesOfOtherTypesNeverEscapeAsAnythingButImportErrors() throws IOException {
        String text = resource("/facebook/classic/facebook-aigerim.nurlanova-2022-01-20-Ab12Cd34/posts/your_posts_1.json");
        Fuzz.Sample sample = new Fuzz.Sample("export/posts/your_posts_1.json", text.getBytes(StandardCharsets.UTF_8), List.of(), false);

        Fuzz.Report report = JsonFuzz.run(Fuzz.of(new FacebookImporter()), sample, work.resolve("types"), 5012022L, 500);

        assertThat(report.items()).isPositive();
    }
}
