package io.corroborate.exporter.timemap;

import io.corroborate.testing.AlmatyFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.corroborate.testing.AlmatyFixture.ARTICLE;
import static io.corroborate.testing.AlmatyFixture.LATER;
import static io.corroborate.testing.AlmatyFixture.RUN;
import static io.corroborate.testing.AlmatyFixture.TELEGRAM;
import static io.corroborate.testing.AlmatyFixture.TWEET;
import static io.corroborate.testing.AlmatyFixture.WITNESS;
import static io.corroborate.testing.AlmatyFixture.WITNESS_NAME;
import static org.assertj.core.api.Assertions.assertThat;

class TimeMapExporterTest {
    private static final ObjectMapper READER = new ObjectMapper();
    // the keys TimeMap's Joi schemas allow (eventSchema.js, sourceSchema.js, associationsSchema.js)
    private static final Set<String> EVENT_KEYS = Set.of("id", "description", "date", "time", "time_precision", "location",
            "latitude", "longitude", "type", "category", "category_full", "associations", "sources", "comments", "time_display",
            "narrative___stepStyles", "shape", "colour");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "title", "thumbnail", "paths", "type", "affil_s", "url",
            "description", "parent", "author", "date", "notes");
    private static final Set<String> ASSOCIATION_KEYS = Set.of("id", "title", "desc", "mode", "colour", "type", "display", "filter_paths");

    @TempDir
    Path out;

    private void export(Profile profile) throws IOException {
        new TimeMapExporter().export(AlmatyFixture.context(out, profile, RUN));
    }

    private JsonNode read(String name) throws IOException {
        return READER.readTree(out.resolve("timemap").resolve(name).toFile());
    }

    private static JsonNode event(JsonNode events, String id) {
        for (JsonNode e : events) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    private static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k;
    }

    @Test
    void onlyWebUrlsAreWrittenNeverJavascriptOnes() throws IOException {
        export(Profile.INTERNAL);
        for (String f : List.of("events.json", "sources.json", "associations.json")) {
            assertThat(java.nio.file.Files.readString(out.resolve("timemap").resolve(f))).as(f).doesNotContain("javascript:");
        }
    }

    @Test
    void writesTheThreeFilesIntoTheTimemapFolder() throws IOException {
        export(Profile.INTERNAL);

        assertThat(out.resolve("timemap/events.json")).isRegularFile();
        assertThat(out.resolve("timemap/sources.json")).isRegularFile();
        assertThat(out.resolve("timemap/associations.json")).isRegularFile();
    }

    @Test
    void eventsAreDatedItemsAndIncidentsInTimeOrder() throws IOException {
        export(Profile.INTERNAL);
        List<String> ids = new ArrayList<>();
        read("events.json").forEach(e -> ids.add(e.get("id").asText()));

        assertThat(ids).containsExactly(TELEGRAM, "incident-1", TWEET, "incident-2", ARTICLE, LATER);
        assertThat(ids).doesNotContain(WITNESS);
    }

    @Test
    void datesAndTimesAreLocalAtTheWindowMidpoint() throws IOException {
        export(Profile.INTERNAL);
        JsonNode events = read("events.json");

        JsonNode telegram = event(events, TELEGRAM);
        assertThat(telegram.get("date").asText()).isEqualTo("01/05/2022");
        assertThat(telegram.get("time").asText()).isEqualTo("15:09");
        JsonNode night = event(events, "incident-2");
        assertThat(night.get("date").asText()).isEqualTo("01/06/2022");
        assertThat(night.get("time").asText()).isEqualTo("01:15");
        // UTC+5 since March 2024
        assertThat(event(events, LATER).get("time").asText()).isEqualTo("14:15");
        assertThat(event(events, LATER).get("date").asText()).isEqualTo("03/05/2024");
    }

    @Test
    void coordinatesAreStringsAndAlwaysPresent() throws IOException {
        export(Profile.INTERNAL);
        JsonNode events = read("events.json");

        JsonNode later = event(events, LATER);
        assertThat(later.get("latitude").isTextual()).isTrue();
        assertThat(later.get("latitude").asText()).isEqualTo("-12.046374");
        assertThat(later.get("longitude").asText()).isEqualTo("-77.042793");
        assertThat(event(events, TELEGRAM).get("location").asText()).isEqualTo("Republic Square");
    }

    @Test
    void everyRecordUsesOnlyKeysTimeMapAccepts() throws IOException {
        export(Profile.PUBLIC);

        for (JsonNode e : read("events.json")) {
            assertThat(EVENT_KEYS).containsAll(keys(e));
            assertThat(e.get("description").isTextual()).isTrue();
            assertThat(e.get("associations").isArray()).isTrue();
            assertThat(e.get("latitude").isTextual() && e.get("longitude").isTextual()).isTrue();
        }
        read("sources.json").fields().forEachRemaining(s -> {
            assertThat(SOURCE_KEYS).containsAll(keys(s.getValue()));
            assertThat(s.getValue().get("id").asText()).isEqualTo(s.getKey());
            assertThat(s.getValue().get("paths").isArray()).isTrue();
        });
        for (JsonNode a : read("associations.json")) {
            assertThat(ASSOCIATION_KEYS).containsAll(keys(a));
            assertThat(a.get("mode").asText()).isIn("CATEGORY", "FILTER", "NARRATIVE");
        }
    }

    @Test
    void everyAssociationAndSourceAnEventNamesExists() throws IOException {
        export(Profile.INTERNAL);
        Set<String> associations = new HashSet<>();
        read("associations.json").forEach(a -> associations.add(a.get("id").asText()));
        JsonNode sources = read("sources.json");

        assertThat(associations).hasSize(read("associations.json").size());
        for (JsonNode e : read("events.json")) {
            e.get("associations").forEach(a -> assertThat(associations).contains(a.asText()));
            e.get("sources").forEach(s -> assertThat(sources.has(s.asText())).isTrue());
            assertThat(associations).contains(e.get("category").asText());
        }
    }

    @Test
    void incidentsAreCategoriesAndForcesPlatformsAndStatusAreFilters() throws IOException {
        export(Profile.INTERNAL);
        JsonNode events = read("events.json");
        JsonNode associations = read("associations.json");

        assertThat(event(events, TELEGRAM).get("category").asText()).isEqualTo("category:incident-1");
        assertThat(event(events, LATER).get("category").asText()).isEqualTo("category:no-incident");
        List<String> telegramAssociations = new ArrayList<>();
        event(events, TELEGRAM).get("associations").forEach(a -> telegramAssociations.add(a.asText()));
        assertThat(telegramAssociations).contains("force:live-fire", "platform:telegram", "status:located-and-dated", "type:item");
        JsonNode force = null;
        for (JsonNode a : associations) {
            if (a.get("id").asText().equals("force:live-fire")) {
                force = a;
            }
        }
        assertThat(force).isNotNull();
        assertThat(force.get("mode").asText()).isEqualTo("FILTER");
        assertThat(force.get("filter_paths").get(0).asText()).isEqualTo("Force");
        assertThat(force.get("filter_paths").get(1).asText()).isEqualTo("live-fire");
        assertThat(associations.get(0).get("mode").asText()).isEqualTo("CATEGORY");
        assertThat(associations.get(0).get("title").asText()).isEqualTo("Shooting at Republic Square");
    }

    @Test
    void sourcesAreKeyedByItemIdWithOnlyWebUrls() throws IOException {
        export(Profile.INTERNAL);
        JsonNode sources = read("sources.json");

        assertThat(keys(sources)).containsExactly(ARTICLE, TELEGRAM, TWEET, WITNESS, LATER);
        assertThat(sources.get(TELEGRAM).get("url").asText()).isEqualTo("https://t.me/almatyinfo/4512");
        assertThat(sources.get(TELEGRAM).get("type").asText()).isEqualTo("Video");
        assertThat(sources.get(TELEGRAM).get("date").asText()).isEqualTo("01/05/2022");
        assertThat(sources.get(ARTICLE).get("url").asText()).isEmpty();
        assertThat(event(read("events.json"), "incident-1").get("sources")).extracting(JsonNode::asText).containsExactly(TELEGRAM, TWEET);
    }

    @Test
    void publicProfileSaysSoAtTheTopOfEachFile() throws IOException {
        export(Profile.PUBLIC);

        assertThat(keys(read("sources.json")).get(0)).isEqualTo("corroborate-profile");
        assertThat(read("sources.json").get("corroborate-profile").get("description").asText()).isEqualTo(Profile.PUBLIC_NOTICE);
        assertThat(read("associations.json").get(0).get("desc").asText()).isEqualTo(Profile.PUBLIC_NOTICE);
        assertThat(read("events.json")).allMatch(e -> Profile.PUBLIC_NOTICE.equals(e.get("comments").asText()));
        for (String f : List.of("events.json", "sources.json", "associations.json")) {
            assertThat(Files.readString(out.resolve("timemap").resolve(f))).doesNotContain(WITNESS_NAME);
        }
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws IOException {
        Path a = Files.createDirectory(out.resolve("a"));
        Path b = Files.createDirectory(out.resolve("b"));
        new TimeMapExporter().export(AlmatyFixture.context(a, Profile.INTERNAL, RUN));
        new TimeMapExporter().export(AlmatyFixture.context(b, Profile.INTERNAL, RUN.plusSeconds(60)));

        for (String f : List.of("events.json", "sources.json", "associations.json")) {
            assertThat(Files.readAllBytes(b.resolve("timemap").resolve(f))).isEqualTo(Files.readAllBytes(a.resolve("timemap").resolve(f)));
        }
    }

    @Test
    void anEventSitsAtTheMidpointOrItsOnlyBound() {
        Instant e = Instant.parse("2022-01-05T09:00:00Z");
        Instant l = Instant.parse("2022-01-05T09:10:00Z");

        assertThat(TimeMapExporter.pointInTime(new TimeWindow(e, l))).isEqualTo(Instant.parse("2022-01-05T09:05:00Z"));
        assertThat(TimeMapExporter.pointInTime(new TimeWindow(null, l))).isEqualTo(l);
        assertThat(TimeMapExporter.pointInTime(new TimeWindow(e, null))).isEqualTo(e);
        assertThat(TimeMapExporter.pointInTime(TimeWindow.UNBOUNDED)).isNull();
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        assertThat(Plugins.discovered(Exporter.class, TimeMapExporter.class).id()).isEqualTo("timemap");
    }
}
