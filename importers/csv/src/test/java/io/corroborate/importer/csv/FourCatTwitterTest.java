package io.corroborate.importer.csv;

import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FourCatTwitterTest {
    @TempDir
    Path root;

    private Runs.Result run() throws IOException {
        return Runs.run(Runs.copy("4cat", root).resolve("twitter-almaty.csv"), root, null, Map.of("preset", "4cat-twitter"));
    }

    @Test
    void theTimestampStringIsReadAsUtcNotTheShiftedUnixTimestamp() throws IOException {
        Runs.Result r = run();

        assertThat(r.item("twitter:1478685016341098498").publishedAt()).isEqualTo(Instant.parse("2022-01-05T13:10:00Z"));
        assertThat(r.clue("twitter:1478685016341098498/published").value()).isEqualTo("2022-01-05T13:10:00Z");
    }

    @Test
    void aUnixTimestampOffByWholeHoursIsReportedOncePerFile() throws IOException {
        assertThat(run().context().warnings()).extracting(Object::toString).containsExactly(
                "4cat/twitter-almaty.csv: line 2: unix_timestamp is -1 h off timestamp: the 4CAT server's time zone shifted it"
                        + " in 3 rows (first on this line); timestamp (UTC) was used");
    }

    @Test
    void tweetsCarryTheirAuthorUrlMediaLinksAndPlace() throws IOException {
        Runs.Result r = run();
        EvidenceItem i = r.item("twitter:1478685016341098498");

        assertThat(i.author()).isEqualTo(new Author("1234567890123", "almaty_news"));
        assertThat(i.url()).isEqualTo("https://twitter.com/almaty_news/status/1478685016341098498");
        assertThat(i.kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(i.media()).containsExactly(MediaRef.of("photo").withUrl("https://pbs.twimg.com/media/FIAbCdE1.jpg"));
        assertThat(i.links()).containsExactly("https://orda.kz/news/123");
        assertThat(r.clue("twitter:1478685016341098498/place").value()).isEqualTo("43.2383,76.9453");
        assertThat(r.item("twitter:1478685645151145987").kind()).isEqualTo(ItemKind.VIDEO);
    }

    @Test
    void aRetweetNamesTheRetweetedUser() throws IOException {
        assertThat(run().item("twitter:1478703012345678901").forwardedFrom()).isEqualTo(new Author(null, "almaty_news"));
    }

    @Test
    void aRowWithoutATweetIdIsSkipped() throws IOException {
        assertThat(run().skipped()).containsExactly("4cat/twitter-almaty.csv: line 5: id 'not-a-tweet' is not a tweet id");
    }
}
