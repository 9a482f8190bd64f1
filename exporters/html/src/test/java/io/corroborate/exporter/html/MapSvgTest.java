package io.corroborate.exporter.html;

import io.corroborate.model.Area;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.Landmark;
import io.corroborate.model.Place;
import io.corroborate.model.TimeWindow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    private static double[] centre(Element circle) {
        return new double[] {Double.parseDouble(circle.attr("cx")), Double.parseDouble(circle.attr("cy"))};
    }

    @Test
    void itemsAtOnePointAreSpreadAroundItSoNoneCoversAnother() {
        List<MapSvg.Dot> dots = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            dots.add(new MapSvg.Dot("square-" + (char) ('a' + i), new Place(new GeoPoint(43.2389, 76.9455), 0, null, "Republic Square"), i % 3 == 0 ? 1 : 0));
        }
        dots.add(dot("alone", 43.2500, 76.9300));
        MapSvg map = new MapSvg(null, List.of(), List.of(), dots);
        MapSvg.Projection p = map.projection();

        Document svg = Jsoup.parse(map.render().svg());

        List<Element> square = svg.select("circle.item").stream().filter(c -> c.selectFirst("title").text().startsWith("square-")).toList();
        assertThat(square).hasSize(12);
        for (int i = 0; i < square.size(); i++) {
            for (int j = i + 1; j < square.size(); j++) {
                double[] a = centre(square.get(i));
                double[] b = centre(square.get(j));
                assertThat(Math.hypot(a[0] - b[0], a[1] - b[1])).as("%d and %d", i, j).isGreaterThan(2 * 4.5 + 0.8);
            }
        }
        double px = p.x(76.9455);
        double py = p.y(43.2389);
        assertThat(square).allSatisfy(c -> assertThat(Math.hypot(centre(c)[0] - px, centre(c)[1] - py)).isLessThan(30));
        // incident 1's items first, then incident 2's, each in item order
        assertThat(square).extracting(c -> c.selectFirst("title").text().split(" ")[0])
                .containsExactly("square-b", "square-c", "square-e", "square-f", "square-h", "square-i", "square-k", "square-l",
                        "square-a", "square-d", "square-g", "square-j");
        assertThat(square.get(0).selectFirst("title").text()).isEqualTo("square-b — Republic Square (incident 1) — one of 12 items at this point");
        assertThat(svg.select("g.shared-place")).singleElement().satisfies(g ->
                assertThat(g.selectFirst("title").text()).isEqualTo("12 items placed at Republic Square; their dots are spread around the point (the cross)"));
        Element alone = svg.select("circle.item").stream().filter(c -> c.selectFirst("title").text().startsWith("alone")).findFirst().orElseThrow();
        assertThat(centre(alone)[0]).isCloseTo(p.x(76.93), org.assertj.core.data.Offset.offset(0.06));
        assertThat(centre(alone)[1]).isCloseTo(p.y(43.25), org.assertj.core.data.Offset.offset(0.06));
        assertThat(alone.attr("r")).isEqualTo("4.5");
    }

    @Test
    void aLandmarkUnderAGroupOfDotsHasItsNameBesideTheGroupWithALineToIt() {
        List<MapSvg.Dot> dots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            dots.add(dot("v" + i, SampleCase.SQUARE.point().lat(), SampleCase.SQUARE.point().lon()));
        }
        MapSvg map = new MapSvg(null, List.of(SampleCase.SQUARE), List.of(), dots);
        MapSvg.Spread group = MapSvg.spread(dots, map.projection()).get(0);

        Element landmark = Jsoup.parse(map.render().svg()).selectFirst("g.landmark");

        double reach = group.radius() + 6;
        double x = Double.parseDouble(landmark.selectFirst("text").attr("x"));
        double top = Double.parseDouble(landmark.selectFirst("text").attr("y")) - 10;
        double width = "Republic Square".length() * 6.2;
        boolean overGroup = x < group.x() + reach && group.x() - reach < x + width && top < group.y() + reach && group.y() - reach < top + 13;
        assertThat(overGroup).isFalse();
        assertThat(landmark.select("line.leader")).hasSize(1);
        assertThat(Double.parseDouble(landmark.selectFirst("line.leader").attr("x1"))).isCloseTo(group.x(), org.assertj.core.data.Offset.offset(0.06));
    }

    @Test
    void aThousandItemsAtOnePointShrinkToStayNearIt() {
        List<MapSvg.Dot> dots = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            dots.add(dot(String.format("v%04d", i), 43.2389, 76.9455));
        }
        MapSvg map = new MapSvg(null, List.of(), List.of(), dots);
        double px = map.projection().x(76.9455);
        double py = map.projection().y(43.2389);

        List<Element> circles = Jsoup.parse(map.render().svg()).select("circle.item");

        assertThat(circles).hasSize(1000);
        assertThat(circles).allSatisfy(c -> assertThat(Math.hypot(centre(c)[0] - px, centre(c)[1] - py)).isLessThan(70));
        assertThat(Double.parseDouble(circles.get(0).attr("r"))).isCloseTo(4.5 * Math.sqrt(0.1), org.assertj.core.data.Offset.offset(0.06));
    }

    @Test
    void aGroupJoiningNearbyPlacesNamesThem() {
        Place square = new Place(new GeoPoint(43.2389, 76.9455), 0, null, "Republic Square");
        Place monument = new Place(new GeoPoint(43.23891, 76.94551), 0, null, "Independence Monument");
        Place akimat = new Place(new GeoPoint(43.23892, 76.94552), 0, null, "Akimat");
        List<MapSvg.Dot> dots = List.of(new MapSvg.Dot("a", square, -1), new MapSvg.Dot("b", monument, -1), new MapSvg.Dot("c", akimat, -1),
                new MapSvg.Dot("d", square, -1));
        MapSvg map = new MapSvg(null, List.of(), List.of(), dots);

        List<MapSvg.Spread> groups = MapSvg.spread(dots, map.projection());

        assertThat(groups).singleElement().satisfies(g -> assertThat(g.where())
                .isEqualTo("at or near this point: Republic Square, Independence Monument and 1 more place"));
        assertThat(MapSvg.spread(List.of(dots.get(0), dots.get(3)), map.projection()).get(0).where()).isEqualTo("at Republic Square");
    }

    @Test
    void dotsApartAreNotGrouped() {
        MapSvg map = new MapSvg(null, List.of(), List.of(), List.of(dot("a", 43.2389, 76.9455), dot("b", 43.2400, 76.9455)));

        assertThat(MapSvg.spread(List.of(dot("a", 43.2389, 76.9455), dot("b", 43.2400, 76.9455)), map.projection()))
                .extracting(g -> g.members().size()).containsExactly(1, 1);
        assertThat(map.render().svg()).doesNotContain("shared-place");
    }

    @Test
    void noCoordinatesMeansNoMap() {
        assertThat(new MapSvg(null, List.of(), List.of(), List.of()).render()).isNull();
    }

    @Test
    void aLabelGoesPastAGroupOfDotsAndStaysInsideThePlot() {
        List<double[]> taken = new ArrayList<>();
        taken.add(new double[] {70, 70, 60, 60}); // a spread group of dots around (100, 100)

        double[] at = MapSvg.placeLabel(100, 100, 80, taken, 75, 400);

        boolean overlapsGroup = at[0] < 130 && 70 < at[0] + 80 && at[1] < 130 && 70 < at[1] + 13;
        assertThat(overlapsGroup).isFalse();
        assertThat(at[0]).isGreaterThanOrEqualTo(75);
        assertThat(at[0] + 80).isLessThanOrEqualTo(400);
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
