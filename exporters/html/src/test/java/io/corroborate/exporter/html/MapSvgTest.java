package io.corroborate.exporter.html;

import io.corroborate.model.Area;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.Landmark;
import io.corroborate.model.Place;
import io.corroborate.model.TimeWindow;
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

    private static Incident incidentAt(String id, double lat, double lon, double radius) {
        return new Incident(id, id, new Place(new GeoPoint(lat, lon), radius, null, null), TimeWindow.UNBOUNDED, List.of(), List.of(), null);
    }

    @Test
    void incidentsCloseTogetherInAWideMapGetADetailMapOfJustTheirPlaces() {
        Landmark farTheatre = new Landmark("theatre", "Theatre far west", List.of(), new GeoPoint(43.2520, 76.8800), 100);
        List<Incident> incidents = List.of(incidentAt("square", 43.2383, 76.9453, 150), incidentAt("residence", 43.2456, 76.9560, 100));
        MapSvg.Dot atSquare = new MapSvg.Dot("tg:1", new Place(new GeoPoint(43.2385, 76.9455), 0, null, null), 0);
        MapSvg map = new MapSvg(new Area(43.22, 76.90, 43.265, 76.98), List.of(SampleCase.SQUARE, farTheatre), incidents,
                List.of(atSquare, dot("elsewhere", 43.2600, 76.9000)));

        Area box = map.detailFrame();

        assertThat(box).isNotNull();
        assertThat(box.contains(new GeoPoint(43.2383, 76.9453))).isTrue();
        assertThat(box.contains(new GeoPoint(43.2456, 76.9560))).isTrue();
        assertThat(box.contains(farTheatre.point())).isFalse();
        String detail = map.detail(box).render().svg();
        assertThat(detail).startsWith("<svg id=\"map-detail\"").contains("Republic Square", ">tg:1 — ")
                .doesNotContain("Theatre far west", "elsewhere", "Area of interest");
        assertThat(detail.split("<g class=\"incident\">", -1)).hasSize(3);
        assertThat(map.outlining(box).render().svg()).startsWith("<svg id=\"map\"").contains("class=\"detail-frame\"");
        assertThat(map.render().svg()).doesNotContain("detail-frame");
    }

    @Test
    void incidentsSpreadOverTheMapNeedNoDetailMap() {
        List<Incident> incidents = List.of(incidentAt("west", 43.25, 76.88, 100), incidentAt("east", 43.24, 76.98, 100));

        assertThat(new MapSvg(null, List.of(), incidents, List.of()).detailFrame()).isNull();
        assertThat(new MapSvg(null, List.of(SampleCase.SQUARE), List.of(), List.of(dot("only", 43.24, 76.94))).detailFrame())
                .as("no incident: nothing to detail").isNull();
    }
}
