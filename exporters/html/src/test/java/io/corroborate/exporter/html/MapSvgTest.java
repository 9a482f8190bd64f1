package io.corroborate.exporter.html;

import io.corroborate.model.Area;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Place;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MapSvgTest {
    private static MapSvg.Dot dot(String id, double lat, double lon) {
        return new MapSvg.Dot(id, new Place(new GeoPoint(lat, lon), 0, null, null), -1);
    }

    @Test
    void northIsUpAndEastIsRight() {
        Area bounds = new Area(43.2, 76.9, 43.3, 77.0);
        MapSvg.Projection p = new MapSvg.Projection(bounds, Math.cos(Math.toRadians(43.25)), 5000);

        assertThat(p.y(43.29)).isLessThan(p.y(43.21));
        assertThat(p.x(76.99)).isGreaterThan(p.x(76.91));
    }

    @Test
    void aKilometreEastAndAKilometreNorthAreDrawnTheSameLength() {
        Area bounds = new Area(43.2, 76.9, 43.3, 77.0);
        double kx = Math.cos(Math.toRadians(43.25));
        MapSvg.Projection p = new MapSvg.Projection(bounds, kx, 5000);
        GeoPoint origin = new GeoPoint(43.25, 76.95);
        GeoPoint north = new GeoPoint(43.25 + 1000 / 111_195.0, 76.95);
        GeoPoint east = new GeoPoint(43.25, 76.95 + 1000 / (111_195.0 * kx));

        double up = p.y(origin.lat()) - p.y(north.lat());
        double right = p.x(east.lon()) - p.x(origin.lon());
        assertThat(origin.distanceMetres(north)).isCloseTo(1000, org.assertj.core.data.Offset.offset(2.0));
        assertThat(origin.distanceMetres(east)).isCloseTo(1000, org.assertj.core.data.Offset.offset(2.0));
        assertThat(right / up).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void boundsCoverTheAreaAndEveryPlaceOutsideIt() {
        Area area = new Area(43.23, 76.93, 43.25, 76.96);
        MapSvg map = new MapSvg(area, List.of(SampleCase.SQUARE), List.of(), List.of(dot("far", 43.30, 77.05)));

        Area b = map.bounds();
        assertThat(b.contains(new GeoPoint(43.23, 76.93))).isTrue();
        assertThat(b.contains(new GeoPoint(43.25, 76.96))).isTrue();
        assertThat(b.contains(new GeoPoint(43.30, 77.05))).isTrue();
    }

    @Test
    void aSinglePointGetsAVisibleNeighbourhood() {
        MapSvg map = new MapSvg(null, List.of(), List.of(), List.of(dot("only", 43.24, 76.94)));

        Area b = map.bounds();
        assertThat(b.north() - b.south()).isGreaterThanOrEqualTo(0.004 - 1e-12);
        assertThat(b.east() - b.west()).isGreaterThanOrEqualTo(0.004 - 1e-12);
        assertThat(map.render().svg()).contains("class=\"item\"");
    }

    @Test
    void noCoordinatesMeansNoMap() {
        assertThat(new MapSvg(null, List.of(), List.of(), List.of()).render()).isNull();
    }

    @Test
    void labelsAvoidEachOther() {
        List<double[]> taken = new ArrayList<>();
        double[] first = MapSvg.placeLabel(100, 100, 60, taken);
        double[] second = MapSvg.placeLabel(102, 101, 60, taken);

        boolean overlap = first[0] < second[0] + 60 && second[0] < first[0] + 60 && first[1] < second[1] + 13 && second[1] < first[1] + 13;
        assertThat(overlap).isFalse();
    }
}
