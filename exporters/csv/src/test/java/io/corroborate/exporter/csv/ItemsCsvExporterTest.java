package io.corroborate.exporter.csv;

import io.corroborate.testing.AlmatyFixture;
import io.corroborate.model.Profile;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
import static io.corroborate.testing.AlmatyFixture.WITNESS_AUTHOR;
import static io.corroborate.testing.AlmatyFixture.WITNESS_NAME;
import static org.assertj.core.api.Assertions.assertThat;

class ItemsCsvExporterTest {
    @TempDir
    Path out;

    private Path export(Profile profile) throws IOException {
        new ItemsCsvExporter().export(AlmatyFixture.context(out, profile, RUN));
        return out.resolve("items.csv");
    }

    private List<Map<String, String>> rows() throws IOException {
        return CsvFiles.rows(export(Profile.INTERNAL));
    }

    @Test
    void oneRowPerItemSortedById() throws IOException {
        assertThat(rows()).extracting(r -> r.get("id")).containsExactly(ARTICLE, TELEGRAM, TWEET, WITNESS, LATER);
    }

    @Test
    void sourceFieldsAndPublicationTimesAreFilledIn() throws IOException {
        Map<String, String> telegram = CsvFiles.row(rows(), "id", TELEGRAM);

        assertThat(telegram.get("platform")).isEqualTo("telegram");
        assertThat(telegram.get("kind")).isEqualTo("video");
        assertThat(telegram.get("url")).isEqualTo("https://t.me/almatyinfo/4512");
        assertThat(telegram.get("author")).isEqualTo("Almaty Info");
        assertThat(telegram.get("author_id")).isEqualTo("channel1001234567");
        assertThat(telegram.get("published_local")).isEqualTo("2022-01-05 15:14:03");
        assertThat(telegram.get("published_utc")).isEqualTo("2022-01-05T09:14:03Z");
        assertThat(telegram.get("earliest_local")).isEqualTo("2022-01-05 15:05");
    }

    @Test
    void statusFollowsWindowPlaceAndConsistency() throws IOException {
        List<Map<String, String>> rows = rows();

        assertThat(CsvFiles.row(rows, "id", TELEGRAM).get("status")).isEqualTo("located-and-dated");
        assertThat(CsvFiles.row(rows, "id", TWEET).get("status")).isEqualTo("conflict");
        assertThat(CsvFiles.row(rows, "id", WITNESS).get("status")).isEqualTo("unverified");
    }

    @Test
    void incidentAndRepostGroupPointToTheFirstUpload() throws IOException {
        Map<String, String> tweet = CsvFiles.row(rows(), "id", TWEET);

        assertThat(tweet.get("incident")).isEqualTo("incident-1");
        assertThat(tweet.get("repost_group")).isEqualTo("repost-1");
        assertThat(tweet.get("first_upload")).isEqualTo(TELEGRAM);
    }

    @Test
    void placeColumnsHoldNameAndPlainNumbers() throws IOException {
        List<Map<String, String>> rows = rows();

        Map<String, String> telegram = CsvFiles.row(rows, "id", TELEGRAM);
        assertThat(telegram.get("place")).isEqualTo("Republic Square");
        assertThat(telegram.get("radius_m")).isEqualTo("150");
        Map<String, String> later = CsvFiles.row(rows, "id", LATER);
        assertThat(later.get("lat")).isEqualTo("-12.046374");
        assertThat(later.get("lon")).isEqualTo("-77.042793");
        assertThat(later.get("radius_m")).isEqualTo("25.5");
    }

    @Test
    void everyFormulaLookingCellIsNeutralised() throws IOException {
        List<Map<String, String>> rows = rows();

        Map<String, String> tweet = CsvFiles.row(rows, "id", TWEET);
        assertThat(tweet.get("title")).isEqualTo("'" + FORMULA);
        assertThat(tweet.get("author")).isEqualTo("'@SUM(A1:A2)");
        assertThat(tweet.get("author_id")).isEqualTo("'+12345");
        assertThat(CsvFiles.row(rows, "id", ARTICLE).get("author")).isEqualTo("'-Reporter");
    }

    @Test
    void aCellWithCommaQuotesAndNewlineSurvivesTheRoundTrip() throws IOException {
        Path file = export(Profile.INTERNAL);

        assertThat(CsvFiles.row(CsvFiles.rows(file), "id", WITNESS).get("author")).isEqualTo(WITNESS_AUTHOR);
        assertThat(Files.readString(file)).contains("\"W1, \"\"the teacher\"\"\nsecond line\"");
    }

    @Test
    void publicProfileStartsWithTheNoticeAndLeavesSensitiveValuesOut() throws IOException {
        Path file = export(Profile.PUBLIC);
        List<CSVRecord> records = CsvFiles.records(file);

        assertThat(records.get(0).toList()).containsExactly(Profile.PUBLIC_NOTICE);
        assertThat(records.get(1).get(0)).isEqualTo("id");
        assertThat(Files.readString(file)).doesNotContain(WITNESS_NAME);
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        assertThat(Plugins.discovered(Exporter.class, ItemsCsvExporter.class).id()).isEqualTo("items-csv");
    }
}
