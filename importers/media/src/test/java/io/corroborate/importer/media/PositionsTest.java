package io.corroborate.importer.media;

import io.corroborate.model.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PositionsTest {
    @Test
    void iso6709DecimalDegreesWithAltitude() {
        assertThat(Positions.iso6709("+43.2389+076.9455+812.300/")).isEqualTo(new GeoPoint(43.2389, 76.9455));
        assertThat(Positions.iso6709("-33.8688+151.2093/")).isEqualTo(new GeoPoint(-33.8688, 151.2093));
    }

    @Test
    void iso6709DegreesMinutesAndSecondsForms() {
        GeoPoint ddmm = Positions.iso6709("+4314.334+07656.730/");
        assertThat(ddmm.lat()).isCloseTo(43.23890, within(1e-5));
        assertThat(ddmm.lon()).isCloseTo(76.94550, within(1e-5));
        GeoPoint ddmmss = Positions.iso6709("+431420.04-0765643.8/");
        assertThat(ddmmss.lat()).isCloseTo(43.2389, within(1e-5));
        assertThat(ddmmss.lon()).isCloseTo(-76.9455, within(1e-5));
    }

    @Test
    void notIso6709IsNull() {
        assertThat(Positions.iso6709("Almaty")).isNull();
        assertThat(Positions.iso6709("+99.0000+076.9455/")).isNull();
    }

    @Test
    void coordinateTextInDecimalAndDegreesMinutesSecondsWithReferences() {
        assertThat(Positions.coordinate("43.2389", null)).isEqualTo(43.2389);
        assertThat(Positions.coordinate("43 deg 14' 20.04\" N", null)).isCloseTo(43.2389, within(1e-6));
        assertThat(Positions.coordinate("76 deg 56' 43.80\"", "West")).isCloseTo(-76.9455, within(1e-6));
        assertThat(Positions.coordinate("12.5", "S")).isEqualTo(-12.5);
        assertThat(Positions.coordinate("north", null)).isNaN();
    }

    @Test
    void nullIslandAndOutOfRangeAreNoPoint() {
        assertThat(Positions.point(0, 0)).isNull();
        assertThat(Positions.point(91, 10)).isNull();
        assertThat(Positions.point(Double.NaN, 10)).isNull();
    }

    @Test
    void placeValueRoundsToMicroDegreesAndWholeMetres() {
        Positions.Position p = new Positions.Position(new GeoPoint(43.238949999, 76.9455), 4.7, "test");
        assertThat(p.value()).isEqualTo("43.23895,76.9455,5");
        assertThat(new Positions.Position(new GeoPoint(43.2389, 76.9455), 0.2, "test").value()).isEqualTo("43.2389,76.9455,1");
    }
}
