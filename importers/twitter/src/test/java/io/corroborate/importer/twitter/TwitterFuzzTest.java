package io.corroborate.importer.twitter;

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

/**
 * Mutated inputs: nothing but ImportException escapes, and every tweet that ends before the first
 * damaged byte is still imported (docs/security.md).
 */
class TwitterFuzzTest {
    private static final int ROUNDS = 1000;

    @TempDir
    Path work;

    private static String resource(String name) throws IOException {
        try (InputStream in = TwitterFuzzTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A page's tweets end where their object does, before the page's includes. */
    private static Fuzz.Sample v2Sample() throws IOException {
        String text = resource("twarc/tweets.jsonl");
        List<Fuzz.Record> records = new ArrayList<>();
        for (String id : List.of(TwitterApiTest.T1, TwitterApiTest.T2, TwitterApiTest.T3, TwitterApiTest.T4)) {
            int start = text.indexOf("{\"id\": \"" + id + "\", \"text\"");
            String end = "\"edit_history_tweet_ids\": [\"" + id + "\"]}";
            int stop = text.indexOf(end, start) + end.length();
            records.add(new Fuzz.Record("twitter:" + id, text.substring(0, stop).getBytes(StandardCharsets.UTF_8).length));
        }
        return new Fuzz.Sample("twarc/tweets.jsonl", text.getBytes(StandardCharsets.UTF_8), records, false);
    }

    @Test
    void twarcJsonLinesPagesSurviveMutation() throws IOException {
        Fuzz.Report report = Fuzz.of(new TwitterImporter()).run(v2Sample(), work.resolve("v2"), 20220105L, ROUNDS);

        assertThat(report.rounds()).isGreaterThanOrEqualTo(ROUNDS);
        assertThat(report.items()).isPositive();
    }

    @Test
    void anArchiveTweetsJsSurvivesMutation() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("data/tweets.js", resource("archive/data/tweets.js"),
                List.of("twitter:" + TwitterArchiveTest.A1, "twitter:" + TwitterArchiveTest.A2, "twitter:" + TwitterArchiveTest.A3),
                id -> "\"id_str\" : \"" + id.substring("twitter:".length()) + "\"", "\n  }");

        Fuzz.Report report = Fuzz.of(new TwitterImporter()).run(sample, work.resolve("archive"), 111L, ROUNDS);

        assertThat(report.items()).isPositive();
    }

    @Test
    void snscrapeJsonLinesSurviveMutation() throws IOException {
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("snscrape/tweets.jsonl", resource("snscrape/tweets.jsonl"),
                List.of("twitter:1478924279608954880", "twitter:1478925537900154880", "twitter:1478939379103354880"),
                id -> "\"url\": \"https://twitter.com/qaz_news/status/" + id.substring("twitter:".length()) + "\"", "\n");

        Fuzz.Report report = Fuzz.of(new TwitterImporter()).run(sample, work.resolve("snscrape"), 222L, ROUNDS);

        assertThat(report.items()).isPositive();
    }

    @Test
    void valuesOfOtherTypesNeverEscapeAsAnythingButImportErrors() throws IOException {
        Fuzz.Report report = JsonFuzz.run(Fuzz.of(new TwitterImporter()), v2Sample(), work.resolve("types"), 5012022L, 500);

        assertThat(report.items()).isPositive();
    }
}
