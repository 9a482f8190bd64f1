package io.corroborate.exporter.json;

import io.corroborate.testing.AlmatyFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.DirectoryExportContext;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.corroborate.testing.AlmatyFixture.ANALYST;
import static io.corroborate.testing.AlmatyFixture.ARTICLE;
import static io.corroborate.testing.AlmatyFixture.LATER;
import static io.corroborate.testing.AlmatyFixture.QUOTED_TEXT;
import static io.corroborate.testing.AlmatyFixture.RUN;
import static io.corroborate.testing.AlmatyFixture.TELEGRAM;
import static io.corroborate.testing.AlmatyFixture.WITNESS;
import static io.corroborate.testing.AlmatyFixture.WITNESS_NAME;
import static org.assertj.core.api.Assertions.assertThat;

class CaseJsonExporterTest {
    private static final ObjectMapper READER = new ObjectMapper();

    @TempDir
    Path out;

    private JsonNode export(Profile profile) throws IOException {
        new CaseJsonExporter().export(AlmatyFixture.context(out, profile, RUN));
        return READER.readTree(out.resolve("case.json").toFile());
    }

    private static JsonNode item(JsonNode doc, String id) {
        for (JsonNode i : doc.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void writesSchemaVersionZoneAndToolVersion() throws IOException {
        JsonNode doc = export(Profile.INTERNAL);

        assertThat(doc.get("schemaVersion").asText()).isEqualTo("2.0");
        assertThat(doc.get("profile").asText()).isEqualTo("internal");
        assertThat(doc.has("notice")).isFalse();
        assertThat(doc.get("name").asText()).isEqualTo("Almaty, January 2022");
        assertThat(doc.get("timeZone").asText()).isEqualTo("Asia/Almaty");
        assertThat(doc.has("generatedAt")).isFalse();
        assertThat(doc.get("toolVersion").asText()).isEqualTo("0.1.0-test");
        assertThat(doc.get("timeRange").get("earliest").asText()).isEqualTo("2022-01-04T00:00:00Z");
        assertThat(doc.get("settings").get("incident-max-gap").asText()).isEqualTo("30m");
    }

    @Test
    void itemsKeepTheModelFieldNamesWithUtcInstants() throws IOException {
        JsonNode telegram = item(export(Profile.INTERNAL), TELEGRAM);

        assertThat(telegram.get("platform").asText()).isEqualTo("telegram");
        assertThat(telegram.get("kind").asText()).isEqualTo("video");
        assertThat(telegram.get("author").get("id").asText()).isEqualTo("channel1001234567");
        assertThat(telegram.get("author").get("name").asText()).isEqualTo("Almaty Info");
        assertThat(telegram.get("publishedAt").asText()).isEqualTo("2022-01-05T09:14:03Z");
        assertThat(telegram.get("text").asText()).isEqualTo(QUOTED_TEXT);
        assertThat(telegram.get("provenance").get("importer").asText()).isEqualTo("telegram");
        assertThat(telegram.get("provenance").get("locator").asText()).isEqualTo("message 4512");
        assertThat(telegram.get("provenance").get("sourceSha256").asText()).isEqualTo(AlmatyFixture.SHA_A);
    }

    @Test
    void wholeNumberDoublesAreWrittenAsIntegers() throws IOException {
        JsonNode doc = export(Profile.INTERNAL);
        String raw = Files.readString(out.resolve("case.json"));

        JsonNode media = item(doc, TELEGRAM).get("media").get(0);
        assertThat(media.get("durationSeconds").isIntegralNumber()).isTrue();
        assertThat(media.get("durationSeconds").asInt()).isEqualTo(41);
        assertThat(raw).contains("\"durationSeconds\": 41,").doesNotContain("41.0");
        assertThat(doc.get("places").get(LATER).get("radiusMetres").asDouble()).isEqualTo(25.5);
        assertThat(doc.get("places").get(TELEGRAM).get("radiusMetres").isIntegralNumber()).isTrue();
    }

    @Test
    void fieldsWithoutAValueAreLeftOut() throws IOException {
        JsonNode witness = item(export(Profile.INTERNAL), WITNESS);

        assertThat(witness.has("url")).isFalse();
        assertThat(witness.has("publishedAt")).isFalse();
        assertThat(witness.has("media")).isFalse();
        assertThat(witness.has("provenance")).isFalse();
        assertThat(witness.get("sensitive").get("name").asText()).isEqualTo(WITNESS_NAME);
    }

    @Test
    void durationsZonesAndDatesUseIsoStrings() throws IOException {
        JsonNode doc = export(Profile.INTERNAL);

        assertThat(doc.get("clues").get(0).get("tolerance").asText()).isEqualTo("PT5M");
        assertThat(doc.get("claims").get(0).get("statedOn").asText()).isEqualTo("2022-01-07");
    }

    @Test
    void analysisResultsAreWrittenWithSortedMaps() throws IOException {
        JsonNode doc = export(Profile.INTERNAL);

        List<String> windowKeys = new ArrayList<>();
        doc.get("windows").fieldNames().forEachRemaining(windowKeys::add);
        assertThat(windowKeys).isSorted().contains(TELEGRAM, LATER);
        JsonNode w = doc.get("windows").get(TELEGRAM);
        assertThat(w.get("window").get("earliest").asText()).isEqualTo("2022-01-05T09:05:00Z");
        assertThat(w.get("window").get("latest").asText()).isEqualTo("2022-01-05T09:14:03Z");
        assertThat(w.get("earliestBoundBy").get(0).asText()).isEqualTo("clues.csv:2");
        assertThat(w.get("consistent").asBoolean()).isTrue();
        assertThat(doc.get("places").get(TELEGRAM).get("landmark").asText()).isEqualTo("republic-square");
        JsonNode incident = doc.get("incidents").get(0);
        assertThat(incident.get("id").asText()).isEqualTo("incident-1");
        assertThat(incident.get("casualties").get("killed").asInt()).isEqualTo(2);
        assertThat(incident.get("observations").get(0).get("force").asText()).isEqualTo("live-fire");
        assertThat(doc.get("casualties").get("injuredPeople").get("P03").get(0).asText()).isEqualTo("twitter:1478999000111222333");
        assertThat(doc.get("verdicts").get(0).get("verdict").asText()).isEqualTo("contradicted");
        assertThat(doc.get("corroborations").get(0).get("independentSources").asInt()).isEqualTo(1);
        assertThat(doc.get("findings").get(0).get("severity").asText()).isEqualTo("error");
        assertThat(doc.get("repostGroups").get(0).get("firstUpload").asText()).isEqualTo(TELEGRAM);
    }

    @Test
    void everyCasualtyCountCarriesItsAtLeastLabelAfterTheCounts() throws IOException {
        JsonNode doc = export(Profile.INTERNAL);
        String raw = Files.readString(out.resolve("case.json"));

        assertThat(doc.get("casualties").get("label").asText()).isEqualTo("at least 2 killed, 1 injured");
        assertThat(doc.get("incidents").get(0).get("casualties").get("label").asText()).isEqualTo("at least 2 killed, 1 injured");
        assertThat(doc.get("incidents").get(1).get("casualties").get("label").asText()).isEqualTo("at least 0 killed, 0 injured");
        assertThat(raw).contains("\"injured\": 1,\n    \"label\": \"at least 2 killed, 1 injured\",\n    \"killedPeople\"");
    }

    @Test
    void anIncidentCarriesTheSpanOfAllItsItemsBesideItsWindow() throws IOException {
        TimeWindow window = new TimeWindow(Instant.parse("2022-01-05T09:05:00Z"), Instant.parse("2022-01-05T09:20:00Z"));
        TimeWindow wholeDay = new TimeWindow(Instant.parse("2022-01-04T18:00:00Z"), Instant.parse("2022-01-05T17:59:00Z"));
        Incident wide = new Incident("incident-1", "Shooting", AlmatyFixture.REPUBLIC_SQUARE, window, wholeDay, List.of(TELEGRAM, ARTICLE),
                List.of(), null);
        AnalysisResult result = AlmatyFixture.result().withIncidents(List.of(wide));
        new CaseJsonExporter().export(new DirectoryExportContext(AlmatyFixture.theCase(RUN), result, Profile.INTERNAL, "t", RUN, out));

        JsonNode incident = READER.readTree(out.resolve("case.json").toFile()).get("incidents").get(0);
        assertThat(incident.at("/window/earliest").asText()).isEqualTo("2022-01-05T09:05:00Z");
        assertThat(incident.at("/window/latest").asText()).isEqualTo("2022-01-05T09:20:00Z");
        assertThat(incident.at("/itemsWindow/earliest").asText()).isEqualTo("2022-01-04T18:00:00Z");
        assertThat(incident.at("/itemsWindow/latest").asText()).isEqualTo("2022-01-05T17:59:00Z");
    }

    @Test
    void anIncidentWhoseItemsAreAllCloselyDatedHasTheSameItemsWindowAsWindow() throws IOException {
        JsonNode incident = export(Profile.INTERNAL).get("incidents").get(0);

        assertThat(incident.get("itemsWindow")).isEqualTo(incident.get("window"));
        assertThat(incident.at("/itemsWindow/earliest").asText()).isEqualTo("2022-01-05T09:05:00Z");
    }

    @Test
    void inputsAreSortedByIdWhateverTheImportOrder() throws IOException {
        JsonNode doc = export(Profile.INTERNAL);

        List<String> ids = new ArrayList<>();
        doc.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).isSorted().hasSize(5);
        assertThat(doc.get("sources").get(0).get("path").asText()).isEqualTo("sources/almatyinfo/result.json");
    }

    @Test
    void publicProfileSaysSoAndCarriesNoSensitiveValues() throws IOException {
        JsonNode doc = export(Profile.PUBLIC);
        String raw = Files.readString(out.resolve("case.json"));

        assertThat(doc.get("profile").asText()).isEqualTo("public");
        assertThat(doc.get("notice").asText()).isEqualTo(Profile.PUBLIC_NOTICE);
        assertThat(raw.indexOf("\"notice\"")).isLessThan(raw.indexOf("\"items\""));
        assertThat(raw).doesNotContain(WITNESS_NAME).doesNotContain(ANALYST).doesNotContain("sources/almatyinfo");
        assertThat(item(doc, TELEGRAM).get("provenance").get("source").asText()).isEqualTo("result.json");
    }

    @Test
    void aRunAtAnotherTimeGivesTheSameBytes() throws IOException {
        Path first = Files.createDirectory(out.resolve("first"));
        Path second = Files.createDirectory(out.resolve("second"));
        new CaseJsonExporter().export(AlmatyFixture.context(first, Profile.INTERNAL, RUN));
        new CaseJsonExporter().export(AlmatyFixture.context(second, Profile.INTERNAL, Instant.parse("2024-05-02T11:30:00Z")));

        assertThat(Files.readAllBytes(second.resolve("case.json"))).isEqualTo(Files.readAllBytes(first.resolve("case.json")));
        assertThat(Files.readString(first.resolve("case.json"))).doesNotContain("2024-05-01T10:00:00Z", "importedAt", "generatedAt");
    }

    @Test
    void eachIncidentCarriesItsDistinctVideosAndItsItemCount() throws IOException {
        JsonNode incidents = export(Profile.INTERNAL).get("incidents");

        // incident-1: the Telegram video and the tweet that re-posts it are one recording
        assertThat(incidents.get(0).get("videoCount").asInt()).isEqualTo(1);
        assertThat(incidents.get(0).get("itemCount").asInt()).isEqualTo(2);
        assertThat(incidents.get(1).get("videoCount").asInt()).isZero();
        assertThat(incidents.get(1).get("itemCount").asInt()).isEqualTo(1);
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws IOException {
        Path first = Files.createDirectory(out.resolve("one"));
        Path second = Files.createDirectory(out.resolve("two"));
        new CaseJsonExporter().export(AlmatyFixture.context(first, Profile.PUBLIC, RUN));
        new CaseJsonExporter().export(AlmatyFixture.context(second, Profile.PUBLIC, RUN));

        assertThat(Files.readAllBytes(second.resolve("case.json"))).isEqualTo(Files.readAllBytes(first.resolve("case.json")));
    }

    @Test
    void fileEndsWithANewlineAndUsesUnixLineEnds() throws IOException {
        export(Profile.INTERNAL);
        String raw = Files.readString(out.resolve("case.json"), StandardCharsets.UTF_8);

        assertThat(raw).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aLoneSurrogateInSourceTextDoesNotStopTheExport() throws IOException {
        Case c = AlmatyFixture.theCase(RUN);
        List<EvidenceItem> items = new ArrayList<>(c.items());
        items.add(EvidenceItem.builder("telegram:broken:1", Platform.TELEGRAM, ItemKind.TEXT).text("half a pair \uD800 here").build());
        new CaseJsonExporter().export(new DirectoryExportContext(c.withItems(items), AnalysisResult.EMPTY, Profile.INTERNAL, "t", RUN, out));

        JsonNode doc = READER.readTree(out.resolve("case.json").toFile());
        assertThat(item(doc, "telegram:broken:1").get("text").asText()).startsWith("half a pair ").endsWith(" here");
    }

    @Test
    void mapperWritesOneLineRecordsForJsonLines() throws IOException {
        EvidenceItem telegram = AlmatyFixture.theCase(RUN).item(TELEGRAM).orElseThrow();

        String line = CaseJson.mapper().writeValueAsString(telegram);

        assertThat(line).doesNotContain("\n").startsWith("{\"id\":\"telegram:almatyinfo:4512\",\"platform\":\"telegram\",\"kind\":\"video\"")
                .contains("\"publishedAt\":\"2022-01-05T09:14:03Z\"")
                .contains("\"durationSeconds\":41,")
                .doesNotContain("null");
    }

    @Test
    void mapperReturnsIndependentCopies() {
        ObjectMapper mine = CaseJson.mapper();
        mine.disable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

        assertThat(CaseJson.mapper().isEnabled(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)).isTrue();
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        Exporter e = Plugins.discovered(Exporter.class, CaseJsonExporter.class);

        assertThat(e.id()).isEqualTo("case-json");
        assertThat(e.runsLast()).isFalse();
    }
}
