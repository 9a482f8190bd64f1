package io.corroborate.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GazetteerTest {
    private final Gazetteer gazetteer = new Gazetteer(List.of(
            new Landmark("republic-square", "Republic Square", List.of("Республика алаңы"), new GeoPoint(43.2383, 76.9456), 150),
            new Landmark("akimat", "Almaty city hall", List.of("akimat building"), new GeoPoint(43.2380, 76.9457), 60)));

    @Test
    void resolvesIdsNamesAndAliasesIgnoringCase() {
        assertThat(gazetteer.resolve("republic-square").landmark()).isEqualTo("republic-square");
        assertThat(gazetteer.resolve("REPUBLIC SQUARE").landmark()).isEqualTo("republic-square");
        assertThat(gazetteer.resolve("республика алаңы").landmark()).isEqualTo("republic-square");
        assertThat(gazetteer.resolve("Akimat Building").radiusMetres()).isEqualTo(60);
    }

    @Test
    void resolvesCoordinatesWithAnOptionalRadius() {
        Place p = gazetteer.resolve("43.2418, 76.9543, 80");
        assertThat(p.point().lat()).isEqualTo(43.2418);
        assertThat(p.point().lon()).isEqualTo(76.9543);
        assertThat(p.radiusMetres()).isEqualTo(80);
        assertThat(p.landmark()).isNull();
    }

    @Test
    void refusesWhatItCannotPlace() {
        assertThatThrownBy(() -> gazetteer.resolve("the old square")).hasMessageContaining("'the old square' is neither a landmark");
        assertThatThrownBy(() -> gazetteer.resolve("95,10")).hasMessageContaining("latitude 95.0 is outside");
    }

    @Test
    void measuresGreatCircleDistances() {
        // Republic Square to the president's residence, about 0.8 km
        double d = new GeoPoint(43.2383, 76.9456).distanceMetres(new GeoPoint(43.2418, 76.9543));
        assertThat(d).isCloseTo(797, within(15.0));
    }
}
