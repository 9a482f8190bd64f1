package io.corroborate.importer.csv;

import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AtlosTest {
    @TempDir
    Path root;

    private Runs.Result run(Map<String, String> options) throws IOException {
        return Runs.run(Runs.copy("atlos", root), root, null, options);
    }

    @Test
    void anIncidentBecomesAnAtlosItemWhoseSourcesAreItsLinks() throws IOException {
        EvidenceItem i = run(Map.of("preset", "atlos")).item("atlos:ATL-7F3K2Q");

        assertThat(i.url()).isEqualTo("https://t.me/almatyinfo/1234");
        assertThat(i.links()).containsExactly("https://t.me/almatyinfo/1234", "https://twitter.com/almaty_news/status/1478685016341098498");
        assertThat(i.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(i.text()).isEqualTo("Troops fire at protesters in front of the akimat.");
        assertThat(i.title()).isEqualTo("Atlos ATL-7F3K2Q · Complete · Graphic Violence, Personal Information Visible · tags: shooting, akimat"
                + " · type: Military Activity · general_location: Republic Square, Almaty · geolocation_resolution: Exact · weather: Snow");
        assertThat(i.kind()).isEqualTo(ItemKind.TEXT);
    }

    @Test
    void insertedAtIsAnUpperBoundInUtcAndDateAndPlaceAreClues() throws IOException {
        Runs.Result r = run(Map.of("preset", "atlos"));

        assertThat(r.clue("atlos:ATL-7F3K2Q/not-after").value()).isEqualTo("2022-01-06T11:20:45Z");
        assertThat(r.clue("atlos:ATL-7F3K2Q/date").value()).isEqualTo("2022-01-05");
        assertThat(r.clue("atlos:ATL-7F3K2Q/place").value()).isEqualTo("43.2383,76.9453");
    }

    @Test
    void personalInformationVisibleKeepsTheMediaOutOfThePublicProfile() throws IOException {
        Runs.Result r = run(Map.of("preset", "atlos"));

        assertThat(r.clue("atlos:ATL-7F3K2Q/sensitive").value()).isEqualTo("media");
        assertThat(r.item("atlos:ATL-9QW2ZD").clues()).noneMatch(c -> c.kind().equals("sensitive"));
    }

    @Test
    void aDescriptionStartingWithAMinusIsKeptVerbatim() throws IOException {
        EvidenceItem i = run(Map.of("preset", "atlos")).item("atlos:ATL-9QW2ZD");

        assertThat(i.text()).isEqualTo("-Armoured vehicles on Abay avenue");
        assertThat(i.platform()).isEqualTo(Platform.YOUTUBE);
    }

    @Test
    void theKindOptionSetsTheKindOfEveryIncident() throws IOException {
        assertThat(run(Map.of("preset", "atlos", "kind", "video")).item("atlos:ATL-9QW2ZD").kind()).isEqualTo(ItemKind.VIDEO);
    }

    @Test
    void rowsWithoutSlugOrWithImpossibleCoordinatesAreSkipped() throws IOException {
        assertThat(run(Map.of("preset", "atlos")).skipped()).containsExactly(
                "atlos/atlos-export-2022-02-01.csv: line 4: slug is empty",
                "atlos/atlos-export-2022-02-01.csv: line 5: '95.5', '76.9' is not a latitude and longitude");
    }
}
