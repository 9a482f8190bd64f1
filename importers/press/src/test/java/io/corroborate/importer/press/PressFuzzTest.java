package io.corroborate.importer.press;

import io.corroborate.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutation fuzzing (docs/security.md): nothing but ImportException escapes, and every entry that
 * ends before the first damaged byte is still imported.
 */
class PressFuzzTest {
    @TempDir
    Path work;

    private static String resource(String name) throws IOException {
        try (InputStream in = PressFuzzTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rssFeedSurvivesMutations() throws Exception {
        Map<String, String> markers = Map.of(
                "press:steppewire.example:news/2022/01/05/akimat-gunfire", "akimat-gunfire/",
                "press:steppewire.example:news/2022/01/05/internet-down", "internet-down</link>",
                "press:steppewire.example:news/2022/01/06/airport", "01/06/airport</link>",
                "press:steppewire.example:news/2022/01/05/curfew", "curfew</link>");
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("feed.xml", resource("feeds/rss-dates.xml"),
                List.copyOf(new java.util.TreeMap<>(markers).keySet()), markers::get, "</item>");
        Fuzz.Report report = Fuzz.of(new PressImporter()).run(sample, work.resolve("rss"), 20220105L, 1500);
        assertThat(report.items()).isGreaterThan(1500);
    }

    @Test
    void atomFeedSurvivesMutations() throws Exception {
        Map<String, String> markers = Map.of(
                "press:caspian-agency.example:en/2022/01/05/emergency", "2022:5501",
                "press:caspian-agency.example:en/2022/01/06/ministry", "2022:5502");
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("feed.atom", resource("feeds/atom.xml"),
                List.copyOf(new java.util.TreeMap<>(markers).keySet()), markers::get, "</entry>");
        Fuzz.Report report = Fuzz.of(new PressImporter()).run(sample, work.resolve("atom"), 42L, 1000);
        assertThat(report.items()).isGreaterThan(1000);
    }

    @Test
    void articlePagesSurviveMutations() throws Exception {
        Fuzz fuzz = Fuzz.of(new PressImporter());
        Fuzz.Report graph = fuzz.run(Fuzz.Sample.of("page.html", resource("pages/article-graph.html"), List.of()), work.resolve("graph"), 7L, 400);
        Fuzz.Report live = fuzz.run(Fuzz.Sample.of("live.html", resource("pages/liveblog.html"), List.of()), work.resolve("live"), 8L, 400);
        assertThat(graph.items() + live.items()).isGreaterThan(400);
    }
}
