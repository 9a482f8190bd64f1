package io.corroborate.exporter.html;

import io.corroborate.model.Area;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.Landmark;
import io.corroborate.model.Place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The map, drawn only from the case's own coordinates (no tiles): an equirectangular projection
 * (longitude scaled by the cosine of the middle latitude, so shapes are true near the case) fitted to
 * the area of interest, the landmarks and every placed item and incident; a lon/lat grid, a scale
 * bar, the area as a dashed box, landmarks labelled, incidents as numbered circles of their place's
 * radius, items as dots in their incident's colour; dots that would cover each other (items placed at
 * one landmark) are spread around their point, which a cross marks.
 *
 * <p>When the incidents' places and their items lie in a small part of that map (a square and the
 * streets around it, in a case whose landmarks spread across a city), {@link #detailFrame()} gives the
 * box around them and {@link #detail} a second map of just that box, so that the places where things
 * happened can be told apart; the overview outlines the detail's box.
 */
final class MapSvg {
    static final int MAX_WIDTH = 1000;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 44;
    private static final double MAX_PLOT_HEIGHT = 640;
    private static final double MIN_SPAN_DEGREES = 0.004;
    private static final double METRES_PER_DEGREE = 111_320;
    private static final double[] GRID_STEPS = {0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 45};
    private static final double[] SCALE_METRES = {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000};
    private static final int LANDMARK_CHARS = 40;
    /** A detail map is drawn when its box is at most this share of the overview's span on both axes. */
    private static final double DETAIL_MAX_SHARE = 0.4;
    /** The smallest detail box: a few hundred metres, so a single square still shows its streets. */
    private static final double MIN_DETAIL_SPAN_DEGREES = 0.006;
    private static final double DOT_RADIUS = 4.5;
    /** Dots closer than this (in pixels) to a group's point would cover each other: they join the group and are spread. */
    private static final double SHARED_PIXELS = 4;
    /** The spacing of a spread group's sunflower (pixels per square root of the dot's rank). */
    private static final double SPREAD_STEP = 6.5;
    private static final int MAX_FULL_SIZE_SPREAD = 100;
    /** How far from its point a landmark's name may go, in pixels, when nearer places are taken. */
    private static final double[] LABEL_DISTANCES = {6, 14, 24, 36};
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    /** An item placed on the map: id, place, and the index of its incident (-1 for none). */
    record Dot(String item, Place place, int incident) {
        Dot {
            Objects.requireNonNull(item, "item is null");
            Objects.requireNonNull(place, "place is null");
        }
    }

    private final Area area;
    private final List<Landmark> landmarks;
    private final List<Incident> incidents;
    private final List<Dot> dots;
    /** The element id: {@code map}, or {@code map-detail}. */
    private final String id;
    /** The box a detail map shows, or null for the overview, which fits everything. */
    private final Area frame;
    /** A box the overview outlines (the detail map's), or null. */
    private final Area outline;

    MapSvg(Area area, List<Landmark> landmarks, List<Incident> incidents, List<Dot> dots) {
        this(area, landmarks, incidents, dots, "map", null, null);
    }

    private MapSvg(Area area, List<Landmark> landmarks, List<Incident> incidents, List<Dot> dots, String id, Area frame, Area outline) {
        this.area = area;
        this.landmarks = List.copyOf(landmarks);
        this.incidents = List.copyOf(incidents);
        this.dots = List.copyOf(dots);
        this.id = id;
        this.frame = frame;
        this.outline = outline;
    }

    /**
     * The box around the incidents' places (with their radius) and the items of incidents, padded, when
     * it is small beside the overview ({@value #DETAIL_MAX_SHARE} of its span or less on both axes);
     * otherwise {@code null}: the overview shows them well enough.
     */
    Area detailFrame() {
        Area all = bounds();
        if (all == null || frame != null) {
            return null;
        }
        double s = 90, w = 180, n = -90, e = -180;
        boolean any = false;
        for (Incident i : incidents) {
            if (i.place() != null) {
                GeoPoint c = i.place().point();
                double dLat = i.place().radiusMetres() / METRES_PER_DEGREE;
                double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(c.lat())));
                s = Math.min(s, c.lat() - dLat);
                n = Math.max(n, c.lat() + dLat);
                w = Math.min(w, c.lon() - dLon);
                e = Math.max(e, c.lon() + dLon);
                any = true;
            }
        }
        for (Dot d : dots) {
            if (d.incident() >= 0) {
                s = Math.min(s, d.place().point().lat());
                n = Math.max(n, d.place().point().lat());
                w = Math.min(w, d.place().point().lon());
                e = Math.max(e, d.place().point().lon());
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        double latPad = Math.max((n - s) * 0.15, (MIN_DETAIL_SPAN_DEGREES - (n - s)) / 2);
        double lonPad = Math.max((e - w) * 0.15, (MIN_DETAIL_SPAN_DEGREES - (e - w)) / 2);
        Area box = new Area(Math.max(-90, s - latPad), Math.max(-180, w - lonPad), Math.min(90, n + latPad), Math.min(180, e + lonPad));
        boolean small = box.north() - box.south() <= DETAIL_MAX_SHARE * (all.north() - all.south())
                && box.east() - box.west() <= DETAIL_MAX_SHARE * (all.east() - all.west());
        return small ? box : null;
    }

    /** A map of {@code box} alone: the landmarks, incidents and items inside it. */
    MapSvg detail(Area box) {
        return new MapSvg(area, landmarks.stream().filter(l -> box.contains(l.point())).toList(), incidents,
                dots.stream().filter(d -> box.contains(d.place().point())).toList(), "map-detail", box, null);
    }

    /** The same overview, outlining {@code box} (the detail map's). */
    MapSvg outlining(Area box) {
        return new MapSvg(area, landmarks, incidents, dots, id, frame, box);
    }

    /** The box drawn: a detail map's frame, or everything the case places, padded; {@code null} when the case places nothing. */
    Area bounds() {
        if (frame != null) {
            return frame;
        }
        List<GeoPoint> points = new ArrayList<>();
        if (area != null) {
            points.add(new GeoPoint(area.south(), area.west()));
            points.add(new GeoPoint(area.north(), area.east()));
        }
        landmarks.forEach(l -> points.add(l.point()));
        incidents.stream().filter(i -> i.place() != null).forEach(i -> points.add(i.place().point()));
        dots.forEach(d -> points.add(d.place().point()));
        if (points.isEmpty()) {
            return null;
        }
        double s = 90, w = 180, n = -90, e = -180;
        for (GeoPoint p : points) {
            s = Math.min(s, p.lat());
            n = Math.max(n, p.lat());
            w = Math.min(w, p.lon());
            e = Math.max(e, p.lon());
        }
        double latPad = Math.max((n - s) * 0.08, (MIN_SPAN_DEGREES - (n - s)) / 2);
        double lonPad = Math.max((e - w) * 0.08, (MIN_SPAN_DEGREES - (e - w)) / 2);
        return new Area(Math.max(-90, s - latPad), Math.max(-180, w - lonPad), Math.min(90, n + latPad), Math.min(180, e + lonPad));
    }

    /** Degrees to pixels for {@link #bounds()} fitted to the drawing's size, or {@code null} when the case holds no coordinates. */
    Projection projection() {
        Area b = bounds();
        if (b == null) {
            return null;
        }
        double kx = Math.max(0.01, Math.cos(Math.toRadians((b.south() + b.north()) / 2)));
        double scale = Math.min((MAX_WIDTH - LEFT - RIGHT) / ((b.east() - b.west()) * kx), MAX_PLOT_HEIGHT / (b.north() - b.south()));
        return new Projection(b, kx, scale);
    }

    /** The drawing, or {@code null} when the case holds no coordinates at all. */
    Svg.Drawing render() {
        Projection p = projection();
        if (p == null) {
            return null;
        }
        Area b = p.bounds();
        double scale = p.scale();
        double plotWidth = (b.east() - b.west()) * p.kx() * scale;
        double plotHeight = (b.north() - b.south()) * scale;
        int width = (int) Math.ceil(LEFT + plotWidth + RIGHT);
        int height = (int) Math.ceil(TOP + plotHeight + BOTTOM);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" aria-labelledby=\"").append(id).append("-title\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(Html.text((frame == null ? "Map: " : "Detail map: ") + dots.size() + " placed items, " + countPlacedIncidents()
                        + " placed incidents, " + landmarks.size() + " landmarks")).append("</title>\n");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(Svg.n(plotWidth)).append("\" height=\"")
                .append(Svg.n(plotHeight)).append("\" fill=\"#F4F6F2\" stroke=\"#888\"/>\n");
        grid(svg, b, p, plotWidth, plotHeight);
        scaleBar(svg, scale, plotWidth, height);
        if (outline != null) {
            double x0 = p.x(outline.west());
            double y0 = p.y(outline.north());
            svg.append("<rect class=\"detail-frame\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(Svg.n(y0)).append("\" width=\"")
                    .append(Svg.n(p.x(outline.east()) - x0)).append("\" height=\"").append(Svg.n(p.y(outline.south()) - y0))
                    .append("\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"1\"><title>The detail map's box</title></rect>\n");
        }
        // a detail map shows part of the area; its box would run off the plot
        if (area != null && frame == null) {
            double x0 = p.x(area.west());
            double y0 = p.y(area.north());
            svg.append("<rect class=\"area\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(Svg.n(y0)).append("\" width=\"")
                    .append(Svg.n(p.x(area.east()) - x0)).append("\" height=\"").append(Svg.n(p.y(area.south()) - y0))
                    .append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"><title>Area of interest</title></rect>\n");
        }
        List<double[]> taken = new ArrayList<>();
        incidents(svg, p, scale, taken);
        List<Spread> groups = spread(dots, p);
        // landmark names go around the items' dots, not under them
        for (Spread g : groups) {
            double reach = g.radius() + (g.members().size() > 1 ? 6 : g.dotRadius());
            taken.add(new double[] {g.x() - reach, g.y() - reach, 2 * reach, 2 * reach});
        }
        svg.append("<g class=\"items\">");
        for (Spread cluster : groups) {
            if (cluster.members().size() > 1) {
                svg.append("<g class=\"shared-place\"><title>").append(Html.text(cluster.members().size() + " items placed " + cluster.where()
                                + "; their dots are spread around the point (the cross)"))
                        .append("</title><circle cx=\"").append(Svg.n(cluster.x())).append("\" cy=\"").append(Svg.n(cluster.y()))
                        .append("\" r=\"").append(Svg.n(cluster.radius() + 6)).append("\" fill=\"#FFFFFF\" fill-opacity=\"0.6\" stroke=\"#1b1b1b\"")
                        .append(" stroke-width=\"0.6\" stroke-dasharray=\"2 2\"/><path d=\"M").append(Svg.n(cluster.x() - 3)).append(' ')
                        .append(Svg.n(cluster.y())).append('h').append(6).append('M').append(Svg.n(cluster.x())).append(' ').append(Svg.n(cluster.y() - 3))
                        .append("v6\" stroke=\"#1b1b1b\" stroke-width=\"1\"/></g>");
            }
            for (int k = 0; k < cluster.members().size(); k++) {
                Dot d = cluster.members().get(k);
                double[] at = cluster.position(k);
                svg.append("<circle class=\"item\" cx=\"").append(Svg.n(at[0])).append("\" cy=\"")
                        .append(Svg.n(at[1])).append("\" r=\"").append(Svg.n(cluster.dotRadius())).append("\" fill=\"").append(Svg.incidentColour(d.incident()))
                        .append("\" stroke=\"#1b1b1b\" stroke-width=\"0.8\"><title>")
                        .append(Html.text(d.item() + " — " + d.place().label() + (d.incident() >= 0 ? " (incident " + (d.incident() + 1) + ")" : "")
                                + (cluster.members().size() > 1 ? " — one of " + cluster.members().size() + " items at this point" : "")))
                        .append("</title></circle>");
            }
        }
        // landmarks last, so their names stay legible over the dots
        svg.append("</g>\n<g class=\"landmarks\" font-size=\"11\" fill=\"#2B2B2B\">");
        for (Landmark l : landmarks) {
            double lx = p.x(l.point().lon());
            double ly = p.y(l.point().lat());
            String name = Html.excerpt(l.name(), LANDMARK_CHARS);
            double labelWidth = name.codePointCount(0, name.length()) * 6.2;
            double[] at = placeLabel(lx, ly, labelWidth, taken, LEFT, LEFT + plotWidth);
            svg.append("<g class=\"landmark\"><title>").append(Html.text(l.name())).append("</title>");
            // a name pushed away from its square (past a group of dots) keeps a thin line to it
            double nx = Math.max(at[0], Math.min(lx, at[0] + labelWidth));
            double ny = Math.max(at[1], Math.min(ly, at[1] + 13));
            if (Math.hypot(nx - lx, ny - ly) > 12) {
                svg.append("<line class=\"leader\" x1=\"").append(Svg.n(lx)).append("\" y1=\"").append(Svg.n(ly)).append("\" x2=\"").append(Svg.n(nx))
                        .append("\" y2=\"").append(Svg.n(ny)).append("\" stroke=\"#2B2B2B\" stroke-width=\"0.6\"/>");
            }
            svg.append("<rect x=\"").append(Svg.n(lx - 3))
                    .append("\" y=\"").append(Svg.n(ly - 3)).append("\" width=\"6\" height=\"6\" fill=\"#2B2B2B\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"/><text x=\"")
                    .append(Svg.n(at[0])).append("\" y=\"").append(Svg.n(at[1] + 10)).append("\" stroke=\"#F4F6F2\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(Html.text(name)).append("</text></g>");
        }
        svg.append("</g>\n</svg>");
        return new Svg.Drawing(svg.toString(), dots.size(), List.of());
    }

    /**
     * Items drawn at (nearly) the same pixel, such as the videos placed at one landmark, and where each
     * dot goes: one dot stays on its point; several are laid out as a sunflower around the point (rank k
     * at radius {@value #SPREAD_STEP}·√k, turned by the golden angle), in incident order then item order,
     * so that each stays visible and can be pointed at.
     */
    record Spread(double x, double y, List<Dot> members) {
        /** Past {@value #MAX_FULL_SIZE_SPREAD} dots, dots and spacing shrink together so the group stays as wide as that many. */
        double scale() {
            return members.size() <= MAX_FULL_SIZE_SPREAD ? 1 : Math.sqrt((double) MAX_FULL_SIZE_SPREAD / members.size());
        }

        double dotRadius() {
            return DOT_RADIUS * scale();
        }

        double[] position(int k) {
            if (members.size() == 1) {
                return new double[] {x, y};
            }
            double r = SPREAD_STEP * scale() * Math.sqrt(k + 0.5);
            double a = k * GOLDEN_ANGLE;
            return new double[] {x + r * Math.cos(a), y + r * Math.sin(a)};
        }

        /** "at Republic Square", or, when the group joins nearby places, "at or near this point: A, B and 2 more places". */
        String where() {
            List<String> labels = members.stream().map(d -> d.place().label()).distinct().toList();
            if (labels.size() == 1) {
                return "at " + labels.get(0);
            }
            String shown = String.join(", ", labels.subList(0, Math.min(2, labels.size())));
            return "at or near this point: " + shown + (labels.size() > 2 ? " and " + (labels.size() - 2) + (labels.size() == 3 ? " more place" : " more places") : "");
        }

        /** How far the outermost dot's centre lies from the point. */
        double radius() {
            return members.size() == 1 ? 0 : SPREAD_STEP * scale() * Math.sqrt(members.size() - 0.5);
        }
    }

    /** Groups the dots that would cover each other (within {@value #SHARED_PIXELS} px of a group's first dot), in drawing order. */
    static List<Spread> spread(List<Dot> dots, Projection p) {
        record Group(double x, double y, List<Dot> members) {
        }
        List<Group> groups = new ArrayList<>();
        Map<Long, List<Group>> cells = new java.util.HashMap<>();
        for (Dot d : dots) {
            double x = p.x(d.place().point().lon());
            double y = p.y(d.place().point().lat());
            long cx = (long) Math.floor(x / SHARED_PIXELS);
            long cy = (long) Math.floor(y / SHARED_PIXELS);
            Group found = null;
            for (long i = cx - 1; i <= cx + 1 && found == null; i++) {
                for (long j = cy - 1; j <= cy + 1 && found == null; j++) {
                    for (Group g : cells.getOrDefault(cell(i, j), List.of())) {
                        if (Math.hypot(g.x() - x, g.y() - y) <= SHARED_PIXELS) {
                            found = g;
                            break;
                        }
                    }
                }
            }
            if (found == null) {
                found = new Group(x, y, new ArrayList<>());
                groups.add(found);
                cells.computeIfAbsent(cell(cx, cy), k -> new ArrayList<>()).add(found);
            }
            found.members().add(d);
        }
        java.util.Comparator<Dot> order = java.util.Comparator.<Dot>comparingInt(d -> d.incident() < 0 ? Integer.MAX_VALUE : d.incident())
                .thenComparing(Dot::item);
        return groups.stream().map(g -> new Spread(g.x(), g.y(), g.members().stream().sorted(order).toList())).toList();
    }

    private static long cell(long i, long j) {
        return i * 0x9E3779B97F4A7C15L ^ j;
    }

    /**
     * Incident circles, then their numbers above them; incidents drawn at the same spot share one
     * label ("1 · 3") so the numbers never print over each other.
     */
    private void incidents(StringBuilder svg, Projection p, double scale, List<double[]> taken) {
        svg.append("<g class=\"incidents\">");
        Map<String, List<Integer>> labels = new LinkedHashMap<>();
        Map<String, double[]> anchors = new LinkedHashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            if (incident.place() == null || (frame != null && !frame.contains(incident.place().point()))) {
                continue;
            }
            String colour = Svg.incidentColour(i);
            double cx = p.x(incident.place().point().lon());
            double cy = p.y(incident.place().point().lat());
            double r = Math.max(12, incident.place().radiusMetres() / METRES_PER_DEGREE * scale);
            svg.append("<g class=\"incident\"><title>").append(Html.text("Incident " + (i + 1) + ": " + TimelineSvg.title(incident)
                            + " — " + incident.place().label())).append("</title><circle cx=\"").append(Svg.n(cx)).append("\" cy=\"")
                    .append(Svg.n(cy)).append("\" r=\"").append(Svg.n(r)).append("\" fill=\"").append(colour)
                    .append("\" fill-opacity=\"0.15\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/></g>");
            String key = Math.round(cx / 4) + "," + Math.round((cy - r) / 4);
            labels.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            anchors.putIfAbsent(key, new double[] {cx, cy - r - 3});
        }
        svg.append("</g>\n<g class=\"incident-labels\" font-size=\"12\" font-weight=\"bold\">");
        for (Map.Entry<String, List<Integer>> e : labels.entrySet()) {
            double[] a = anchors.get(e.getKey());
            svg.append("<text x=\"").append(Svg.n(a[0])).append("\" y=\"").append(Svg.n(a[1])).append("\" text-anchor=\"middle\">");
            for (int k = 0; k < e.getValue().size(); k++) {
                int i = e.getValue().get(k);
                svg.append(k == 0 ? "" : "<tspan fill=\"#1b1b1b\"> · </tspan>").append("<tspan fill=\"").append(Svg.incidentColour(i)).append("\">")
                        .append(i + 1).append("</tspan>");
            }
            svg.append("</text>");
            double w = e.getValue().size() * 20;
            taken.add(new double[] {a[0] - w / 2, a[1] - 11, w, 13});
        }
        svg.append("</g>\n");
    }

    /**
     * The top-left corner of a label of {@code width} next to a point: the first of eight positions
     * around it, at growing distances, that overlaps nothing placed so far (labels, groups of dots);
     * else the one that overlaps least, inside the plot when it can. So landmark names stay legible.
     */
    static double[] placeLabel(double x, double y, double width, List<double[]> taken) {
        return placeLabel(x, y, width, taken, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** As above, preferring positions whose label lies between {@code minX} and {@code maxX} (the plot's edges). */
    static double[] placeLabel(double x, double y, double width, List<double[]> taken, double minX, double maxX) {
        // the glyphs of an 11 px font reach about 13 px from ascender to descender
        double h = 13;
        List<double[]> candidates = new ArrayList<>();
        // beside the point first; then further out, past a group of dots drawn around it
        for (double d : LABEL_DISTANCES) {
            double v = d - 6;
            candidates.addAll(List.of(new double[] {x + d, y - h - 2 - v}, new double[] {x + d, y + 2 + v},
                    new double[] {x - d - width, y - h - 2 - v}, new double[] {x - d - width, y + 2 + v},
                    new double[] {x + d, y - 2 * h - 4 - v}, new double[] {x + d, y + h + 4 + v},
                    new double[] {x - d - width, y - 2 * h - 4 - v}, new double[] {x - d - width, y + h + 4 + v}));
        }
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] c : candidates) {
            // a label off the plot is clipped: worse than any overlap inside it
            double cost = c[0] >= minX && c[0] + width <= maxX ? 0 : 1e9;
            for (double[] t : taken) {
                double ox = Math.min(c[0] + width, t[0] + t[2]) - Math.max(c[0], t[0]);
                double oy = Math.min(c[1] + h, t[1] + t[3]) - Math.max(c[1], t[1]);
                if (ox > 0 && oy > 0) {
                    cost += ox * oy;
                }
            }
            if (cost == 0) {
                best = c;
                break;
            }
            if (cost < bestCost) {
                best = c;
                bestCost = cost;
            }
        }
        taken.add(new double[] {best[0], best[1], width, h});
        return best;
    }

    private long countPlacedIncidents() {
        return incidents.stream().filter(i -> i.place() != null && (frame == null || frame.contains(i.place().point()))).count();
    }

    private static void grid(StringBuilder svg, Area b, Projection p, double plotWidth, double plotHeight) {
        double step = GRID_STEPS[GRID_STEPS.length - 1];
        double span = Math.max(b.north() - b.south(), b.east() - b.west());
        for (double s : GRID_STEPS) {
            if (span / s <= 8) {
                step = s;
                break;
            }
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        svg.append("<g class=\"grid\" font-size=\"10\" fill=\"#555\">");
        for (long k = (long) Math.ceil(b.south() / step - 1e-9); k * step <= b.north() + 1e-12; k++) {
            double lat = k * step;
            double y = p.y(lat);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(Svg.n(y)).append("\" x2=\"").append(Svg.n(LEFT + plotWidth))
                    .append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"#B9BFB4\" stroke-width=\"0.6\"/><text x=\"").append(LEFT - 4)
                    .append("\" y=\"").append(Svg.n(y + 3)).append("\" text-anchor=\"end\">").append(degrees(lat, decimals, "N", "S")).append("</text>");
        }
        for (long k = (long) Math.ceil(b.west() / step - 1e-9); k * step <= b.east() + 1e-12; k++) {
            double lon = k * step;
            double x = p.x(lon);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(Svg.n(x))
                    .append("\" y2=\"").append(Svg.n(TOP + plotHeight)).append("\" stroke=\"#B9BFB4\" stroke-width=\"0.6\"/><text x=\"")
                    .append(Svg.n(x)).append("\" y=\"").append(Svg.n(TOP + plotHeight + 13)).append("\" text-anchor=\"middle\">")
                    .append(degrees(lon, decimals, "E", "W")).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void scaleBar(StringBuilder svg, double scale, double plotWidth, int height) {
        double metresPerPixel = METRES_PER_DEGREE / scale;
        double metres = SCALE_METRES[0];
        for (double m : SCALE_METRES) {
            if (m / metresPerPixel <= plotWidth / 4) {
                metres = m;
            }
        }
        double length = metres / metresPerPixel;
        double y = height - 10;
        String label = metres >= 1000 ? String.format(Locale.ROOT, "%d km", (long) (metres / 1000)) : String.format(Locale.ROOT, "%d m", (long) metres);
        svg.append("<g class=\"scale\" font-size=\"10\" fill=\"#1b1b1b\"><title>Scale bar</title><line x1=\"").append(LEFT).append("\" y1=\"")
                .append(Svg.n(y)).append("\" x2=\"").append(Svg.n(LEFT + length)).append("\" y2=\"").append(Svg.n(y))
                .append("\" stroke=\"#1b1b1b\" stroke-width=\"2\"/><text x=\"").append(Svg.n(LEFT + length + 6)).append("\" y=\"")
                .append(Svg.n(y + 3)).append("\">").append(label).append("</text><text x=\"").append(Svg.n(LEFT + plotWidth)).append("\" y=\"")
                .append(Svg.n(y + 3)).append("\" text-anchor=\"end\">North is up</text></g>\n");
    }

    private static String degrees(double v, int decimals, String positive, String negative) {
        String hemisphere = v > 0 ? positive : v < 0 ? negative : "";
        return String.format(Locale.ROOT, "%." + decimals + "f°%s", Math.abs(v), hemisphere);
    }

    /** Degrees to SVG pixels: x grows east, y grows south. */
    record Projection(Area bounds, double kx, double scale) {
        double x(double lon) {
            return LEFT + (lon - bounds.west()) * kx * scale;
        }

        double y(double lat) {
            return TOP + (bounds.north() - lat) * scale;
        }
    }
}
