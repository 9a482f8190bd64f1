package io.corroborate.exporter.geojson;

import io.corroborate.testing.AlmatyFixture;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.Profile;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static io.corroborate.testing.AlmatyFixture.ARTICLE;
import static io.corroborate.testing.AlmatyFixture.LATER;
import static io.corroborate.testing.AlmatyFixture.RUN;
import static io.corroborate.testing.AlmatyFixture.TELEGRAM;
import static io.corroborate.testing.AlmatyFixture.TWEET;
import static io.corroborate.testing.AlmatyFixture.WITNESS;
import static io.corroborate.testing.AlmatyFixture.WITNESS_NAME;
import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonExporterTest {
    private static final ObjectMapper READER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path out;

    private JsonNode export(Profile profile) throws IOException {
        new GeoJsonExporter().export(AlmatyFixture.context(out, profile, RUN));
        return READER.readTree(out.resolve("map.geojson").toFile());
    }

    private static JsonNode feature(JsonNode root, String id) {
        for (JsonNode f : root.get("features")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static List<String> ids(JsonNode root) {
        List<String> ids = new ArrayList<>();
        root.get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    @Test
    void onlyWebUrlsAreWrittenNeverJavascriptOnes() throws IOException {
        export(Profile.INTERNAL);
        assertThat(java.nio.file.Files.readString(out.resolve("map.geojson"))).doesNotContain("javascript:");
    }

    @Test
    void outputMeetsTheRfc7946StructureRules() throws IOException {
        assertThat(Rfc7946.violations(export(Profile.INTERNAL))).isEmpty();
    }

    @Test
    void onePointPerPlacedItemAndPerIncident() throws IOException {
        JsonNode root = export(Profile.INTERNAL);

        assertThat(ids(root)).containsExactly("incident-1", "incident-2", ARTICLE, TELEGRAM, TWEET, LATER);
        assertThat(ids(root)).doesNotContain(WITNESS);
    }

    @Test
    void coordinatesAreLongitudeThenLatitudeRoundedToSixDecimals() throws IOException {
        JsonNode root = export(Profile.INTERNAL);

        JsonNode telegram = feature(root, TELEGRAM).get("geometry").get("coordinates");
        assertThat(telegram.get(0).decimalValue()).isEqualByComparingTo("76.945465");
        assertThat(telegram.get(1).decimalValue()).isEqualByComparingTo("43.238949");
        JsonNode later = feature(root, LATER).get("geometry").get("coordinates");
        assertThat(later.get(0).isNumber()).isTrue();
        assertThat(later.get(0).decimalValue()).isEqualByComparingTo("-77.042793");
        assertThat(later.get(1).decimalValue()).isEqualByComparingTo("-12.046374");
    }

    @Test
    void itemPropertiesCarryWindowStatusForcesAndCasualties() throws IOException {
        JsonNode p = feature(export(Profile.INTERNAL), TELEGRAM).get("properties");

        assertThat(p.get("kind").asText()).isEqualTo("item");
        assertThat(p.get("platform").asText()).isEqualTo("telegram");
        assertThat(p.get("url").asText()).isEqualTo("https://t.me/almatyinfo/4512");
        assertThat(p.get("incident").asText()).isEqualTo("incident-1");
        assertThat(p.get("status").asText()).isEqualTo("located-and-dated");
        assertThat(p.get("earliest_utc").asText()).isEqualTo("2022-01-05T09:05:00Z");
        assertThat(p.get("earliest_local").asText()).isEqualTo("2022-01-05 15:05");
        assertThat(p.get("latest_local").asText()).isEqualTo("2022-01-05 15:14:03");
        assertThat(p.get("forces").asText()).isEqualTo("live-fire");
        assertThat(p.get("killed").asInt()).isEqualTo(2);
        assertThat(p.get("radius_m").asInt()).isEqualTo(150);
        assertThat(p.get("place").asText()).isEqualTo("Republic Square");
    }

    @Test
    void localTimesFollowTheZoneRulesOfEachInstant() throws IOException {
        JsonNode p = feature(export(Profile.INTERNAL), LATER).get("properties");

        assertThat(p.get("earliest_local").asText()).isEqualTo("2024-03-05 14:00");
        assertThat(p.get("earliest_utc").asText()).isEqualTo("2024-03-05T09:00:00Z");
    }

    @Test
    void incidentPropertiesCarryTitleForcesCasualtiesAndItemCount() throws IOException {
        JsonNode p = feature(export(Profile.INTERNAL), "incident-1").get("properties");

        assertThat(p.get("kind").asText()).isEqualTo("incident");
        assertThat(p.get("title").asText()).isEqualTo("Shooting at Republic Square");
        assertThat(p.get("forces").asText()).isEqualTo("live-fire, tear-gas");
        assertThat(p.get("killed").asInt()).isEqualTo(2);
        assertThat(p.get("injured").asInt()).isEqualTo(1);
        assertThat(p.get("items").asInt()).isEqualTo(2);
        assertThat(p.get("latest_local").asText()).isEqualTo("2022-01-05 15:20");
    }

    @Test
    void everyFeatureHasTheSamePropertyNamesSoAGisSeesOneTable() throws IOException {
        JsonNode root = export(Profile.INTERNAL);

        List<List<String>> keySets = new ArrayList<>();
        for (JsonNode f : root.get("features")) {
            List<String> keys = new ArrayList<>();
            Iterator<String> it = f.get("properties").fieldNames();
            it.forEachRemaining(keys::add);
            keySets.add(keys);
        }
        assertThat(keySets).allMatch(k -> k.equals(keySets.get(0)));
    }

    @Test
    void onlyWebUrlsAreWritten() throws IOException {
        JsonNode p = feature(export(Profile.INTERNAL), ARTICLE).get("properties");

        assertThat(p.get("url").isNull()).isTrue();
        assertThat(p.get("title").asText()).isEqualTo("Night of ]]> <script>alert(1)</script>");
    }

    @Test
    void publicProfileAddsTheForeignMemberAndANoticeProperty() throws IOException {
        JsonNode root = export(Profile.PUBLIC);
        String raw = Files.readString(out.resolve("map.geojson"));

        assertThat(root.get("corroborate:profile").asText()).isEqualTo("public");
        assertThat(root.get("corroborate:notice").asText()).isEqualTo(Profile.PUBLIC_NOTICE);
        assertThat(raw.indexOf("corroborate:profile")).isLessThan(raw.indexOf("\"features\""));
        assertThat(root.get("features")).allMatch(f -> Profile.PUBLIC_NOTICE.equals(f.get("properties").get("notice").asText()));
        assertThat(raw).doesNotContain(WITNESS_NAME);
        assertThat(Rfc7946.violations(root)).isEmpty();
    }

    @Test
    void internalProfileHasNoProfileMember() throws IOException {
        JsonNode root = export(Profile.INTERNAL);

        assertThat(root.has("corroborate:profile")).isFalse();
        assertThat(feature(root, TELEGRAM).get("properties").has("notice")).isFalse();
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws IOException {
        Path a = Files.createDirectory(out.resolve("a"));
        Path b = Files.createDirectory(out.resolve("b"));
        new GeoJsonExporter().export(AlmatyFixture.context(a, Profile.INTERNAL, RUN));
        new GeoJsonExporter().export(AlmatyFixture.context(b, Profile.INTERNAL, RUN.plusSeconds(60)));

        assertThat(Files.readAllBytes(b.resolve("map.geojson"))).isEqualTo(Files.readAllBytes(a.resolve("map.geojson")));
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        assertThat(Plugins.discovered(Exporter.class, GeoJsonExporter.class).id()).isEqualTo("geojson");
    }
}
