package io.corroborate.exporter.csv;

import io.corroborate.testing.AlmatyFixture;
import io.corroborate.model.Profile;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.corroborate.testing.AlmatyFixture.ARTICLE;
import static io.corroborate.testing.AlmatyFixture.FORMULA;
import static io.corroborate.testing.AlmatyFixture.LATER;
import static io.corroborate.testing.AlmatyFixture.RUN;
import static io.corroborate.testing.AlmatyFixture.TELEGRAM;
import static io.corroborate.testing.AlmatyFixture.TWEET;
import static io.corroborate.testing.AlmatyFixture.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

class ChronologyCsvExporterTest {
    @TempDir
    Path out;

    private Path export(Profile profile) throws IOException {
        new ChronologyCsvExporter().export(AlmatyFixture.context(out, profile, RUN));
        return out.resolve("chronology.csv");
    }

    private List<Map<String, String>> rows() throws IOException {
        return CsvFiles.rows(export(Profile.INTERNAL));
    }

    @Test
    void headerStartsWithTheChronologyColumns() throws IOException {
        List<String> header = CsvFiles.records(export(Profile.INTERNAL)).get(0).toList();

        assertThat(header.subList(0, 8)).containsExactly("item", "earliest_local", "latest_local", "earliest_utc", "latest_utc",
                "place", "incident", "binding_clues");
        assertThat(header).contains("row_type");
    }

    @Test
    void fileIsUtf8WithBomAndCrlfRecordEnds() throws IOException {
        byte[] bytes = Files.readAllBytes(export(Profile.INTERNAL));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).startsWith("\uFEFFitem,earliest_local,").contains("\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void oneRowPerItemAndIncidentSortedByEarliestTimeOpenStartLast() throws IOException {
        List<String> order = rows().stream().map(r -> r.get("item")).toList();

        assertThat(order).containsExactly("incident-1", TELEGRAM, TWEET, "incident-2", ARTICLE, LATER, WITNESS);
    }

    @Test
    void rowTypeTellsItemsFromIncidents() throws IOException {
        List<Map<String, String>> rows = rows();

        assertThat(CsvFiles.row(rows, "item", "incident-1").get("row_type")).isEqualTo("incident");
        assertThat(CsvFiles.row(rows, "item", TELEGRAM).get("row_type")).isEqualTo("item");
    }

    @Test
    void timesAreWrittenInTheCaseZoneAndInUtc() throws IOException {
        Map<String, String> telegram = CsvFiles.row(rows(), "item", TELEGRAM);

        assertThat(telegram.get("earliest_local")).isEqualTo("2022-01-05 15:05");
        assertThat(telegram.get("latest_local")).isEqualTo("2022-01-05 15:14:03");
        assertThat(telegram.get("earliest_utc")).isEqualTo("2022-01-05T09:05:00Z");
        assertThat(telegram.get("latest_utc")).isEqualTo("2022-01-05T09:14:03Z");
    }

    @Test
    void localTimesUseTheOffsetInForceAtThatInstant() throws IOException {
        List<Map<String, String>> rows = rows();

        // Almaty was UTC+6 in 2022 and is UTC+5 since March 2024; a night window crosses the local date
        assertThat(CsvFiles.row(rows, "item", LATER).get("earliest_local")).isEqualTo("2024-03-05 14:00");
        assertThat(CsvFiles.row(rows, "item", ARTICLE).get("earliest_local")).isEqualTo("2022-01-06 00:00");
        assertThat(CsvFiles.row(rows, "item", ARTICLE).get("latest_local")).isEqualTo("2022-01-06 02:30");
    }

    @Test
    void anItemWithoutWindowHasEmptyTimeCells() throws IOException {
        Map<String, String> witness = CsvFiles.row(rows(), "item", WITNESS);

        assertThat(witness.get("earliest_local")).isEmpty();
        assertThat(witness.get("latest_utc")).isEmpty();
        assertThat(witness.get("status")).isEqualTo("unverified");
    }

    @Test
    void placeIncidentAndBindingCluesAreFilledIn() throws IOException {
        Map<String, String> telegram = CsvFiles.row(rows(), "item", TELEGRAM);

        assertThat(telegram.get("place")).isEqualTo("Republic Square");
        assertThat(telegram.get("incident")).isEqualTo("incident-1");
        assertThat(telegram.get("binding_clues")).isEqualTo("earliest: clues.csv:2; latest: " + TELEGRAM + "/published");
        assertThat(telegram.get("lat")).isEqualTo("43.238949");
    }

    @Test
    void commasQuotesAndNewlinesAreQuotedAndReadBackIntact() throws IOException {
        Path file = export(Profile.INTERNAL);
        String raw = Files.readString(file);
        List<Map<String, String>> rows = CsvFiles.rows(file);

        assertThat(CsvFiles.row(rows, "item", TELEGRAM).get("title")).isEqualTo("Shooting near \"Republic Square\", 15:10");
        assertThat(raw).contains("\"Shooting near \"\"Republic Square\"\", 15:10\"");
        assertThat(CsvFiles.row(rows, "item", "incident-2").get("title")).isEqualTo("Night clashes, \"Abai\" avenue");
    }

    @Test
    void formulaLookingSourceTextIsNeutralised() throws IOException {
        List<Map<String, String>> rows = rows();

        assertThat(CsvFiles.row(rows, "item", TWEET).get("title")).isEqualTo("'" + FORMULA);
    }

    @Test
    void negativeCoordinatesStayNumbersWhileTheTextLabelIsNeutralised() throws IOException {
        Map<String, String> later = CsvFiles.row(rows(), "item", LATER);

        assertThat(later.get("lat")).isEqualTo("-12.046374");
        assertThat(Double.parseDouble(later.get("lon"))).isEqualTo(-77.042793);
        assertThat(later.get("place")).isEqualTo("'-12.04637,-77.04279");
    }

    @Test
    void publicProfileStartsWithTheNoticeRecordThenTheHeader() throws IOException {
        List<CSVRecord> records = CsvFiles.records(export(Profile.PUBLIC));

        assertThat(records.get(0).toList()).containsExactly(Profile.PUBLIC_NOTICE);
        assertThat(records.get(1).get(0)).isEqualTo("item");
        assertThat(records).hasSize(2 + 7);
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws IOException {
        Path a = Files.createDirectory(out.resolve("a"));
        Path b = Files.createDirectory(out.resolve("b"));
        new ChronologyCsvExporter().export(AlmatyFixture.context(a, Profile.INTERNAL, RUN));
        new ChronologyCsvExporter().export(AlmatyFixture.context(b, Profile.INTERNAL, RUN.plusSeconds(3600)));

        assertThat(Files.readAllBytes(b.resolve("chronology.csv"))).isEqualTo(Files.readAllBytes(a.resolve("chronology.csv")));
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        assertThat(Plugins.discovered(Exporter.class, ChronologyCsvExporter.class).id()).isEqualTo("chronology-csv");
    }
}
