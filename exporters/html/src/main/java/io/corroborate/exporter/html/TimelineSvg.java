package io.corroborate.exporter.html;

import io.corroborate.model.Incident;
import io.corroborate.model.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The timeline: a time axis in the case's zone, day/night shading behind it, one group of lanes per
 * incident (its window as a band, its items as bars from earliest to latest) and a last group for
 * items in no incident. Items without a bounded window cannot be placed and are listed as not drawn.
 */
final class TimelineSvg {
    static final int WIDTH = 1000;
    private static final int LEFT = 190;
    private static final int RIGHT = 14;
    private static final int TOP = 36;
    private static final int HEADER = 16;
    private static final int LANE = 10;
    private static final int BAR = 7;
    private static final int GROUP_GAP = 8;
    private static final int BOTTOM = 8;
    private static final double MIN_BAR_PX = 2.5;
    private static final int LABEL_CHARS = 28;
    private static final long[] TICK_MINUTES = {5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200, 129600, 525600};
    private static final int MAX_TICKS = 12;
    private static final DateTimeFormatter TICK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TICK_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TICK_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    /** One item as the timeline sees it: its id, solved window, and the index of its incident (-1 for none). */
    record Mark(String item, TimeWindow window, int incident) {
        Mark {
            Objects.requireNonNull(item, "item is null");
            Objects.requireNonNull(window, "window is null");
        }
    }

    private final Times times;
    private final List<Incident> incidents;
    private final List<Mark> marks;
    private final Daylight daylight;

    /**
     * @param daylight the sun at the case's place, or {@code null} when the case has no place (no shading)
     */
    TimelineSvg(Times times, List<Incident> incidents, List<Mark> marks, Daylight daylight) {
        this.times = Objects.requireNonNull(times, "times is null");
        this.incidents = List.copyOf(incidents);
        this.marks = List.copyOf(marks);
        this.daylight = daylight;
    }

    /** The first and last instant shown, or {@code null} when nothing has a bounded window. */
    TimeWindow range() {
        Instant from = null;
        Instant to = null;
        List<TimeWindow> all = new ArrayList<>();
        marks.forEach(m -> all.add(m.window()));
        incidents.forEach(i -> all.add(i.window()));
        for (TimeWindow w : all) {
            if (w.isBounded()) {
                from = from == null || w.earliest().isBefore(from) ? w.earliest() : from;
                to = to == null || w.latest().isAfter(to) ? w.latest() : to;
            }
        }
        if (from == null) {
            return null;
        }
        long pad = Math.max(600, Duration.between(from, to).getSeconds() / 25);
        return new TimeWindow(from.minusSeconds(pad), to.plusSeconds(pad));
    }

    /** The drawing, or {@code null} when no item or incident has a bounded window. */
    Svg.Drawing render() {
        TimeWindow range = range();
        if (range == null) {
            return null;
        }
        Instant from = range.earliest();
        Instant to = range.latest();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double seconds = Duration.between(from, to).getSeconds();
        java.util.function.ToDoubleFunction<Instant> x = t -> LEFT + plotWidth * Duration.between(from, t).getSeconds() / seconds;

        // groups: one per incident in the incidents' order, then the items in no incident
        Map<Integer, List<Mark>> groups = new LinkedHashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            groups.put(i, new ArrayList<>());
        }
        groups.put(-1, new ArrayList<>());
        List<String> notDrawn = new ArrayList<>();
        for (Mark m : marks) {
            if (m.window().isBounded()) {
                groups.computeIfAbsent(m.incident(), k -> new ArrayList<>()).add(m);
            } else {
                notDrawn.add(m.item());
            }
        }

        StringBuilder body = new StringBuilder();
        int y = TOP;
        int drawn = 0;
        for (Map.Entry<Integer, List<Mark>> g : groups.entrySet()) {
            int index = g.getKey();
            List<Mark> members = g.getValue();
            Incident incident = index >= 0 ? incidents.get(index) : null;
            if (members.isEmpty() && (incident == null || !incident.window().isBounded())) {
                continue;
            }
            List<List<Mark>> lanes = pack(members, x);
            int groupHeight = HEADER + Math.max(1, lanes.size()) * LANE + 4;
            String colour = Svg.incidentColour(index);
            String label = incident == null ? "Items in no incident" : (index + 1) + " · " + title(incident);
            body.append("<g class=\"group\">");
            if (incident != null && incident.window().isBounded()) {
                double x0 = x.applyAsDouble(incident.window().earliest());
                double w = Math.max(MIN_BAR_PX, x.applyAsDouble(incident.window().latest()) - x0);
                body.append("<rect class=\"incident\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(y)
                        .append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(groupHeight)
                        .append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.16\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"1.5\"><title>").append(Html.text("Incident " + (index + 1) + ": " + title(incident)
                                + " — " + times.window(incident.window()))).append("</title></rect>");
            }
            body.append("<text class=\"lane-label\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + 12)
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#1b1b1b\">")
                    .append(Html.text(Html.excerpt(label, LABEL_CHARS))).append("<title>").append(Html.text(label)).append("</title></text>");
            body.append("<line x1=\"").append(LEFT - 4).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT - 4)
                    .append("\" y2=\"").append(y + groupHeight).append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\"/>");
            for (int lane = 0; lane < lanes.size(); lane++) {
                int barY = y + HEADER + lane * LANE;
                for (Mark m : lanes.get(lane)) {
                    double x0 = x.applyAsDouble(m.window().earliest());
                    double w = Math.max(MIN_BAR_PX, x.applyAsDouble(m.window().latest()) - x0);
                    body.append("<rect class=\"item\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(barY)
                            .append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(BAR)
                            .append("\" fill=\"").append(colour).append("\" stroke=\"#1b1b1b\" stroke-width=\"0.5\"><title>")
                            .append(Html.text(m.item() + " — " + times.window(m.window()))).append("</title></rect>");
                    drawn++;
                }
            }
            body.append("</g>\n");
            y += groupHeight + GROUP_GAP;
        }
        int plotBottom = y - GROUP_GAP + BOTTOM;
        int height = plotBottom + 4;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"timeline\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"timeline-title\">\n<title id=\"timeline-title\">")
                .append(Html.text("Timeline: " + drawn + " items and " + incidents.size() + " incidents, times in " + times.zone().getId()))
                .append("</title>\n");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(Svg.n(plotWidth))
                .append("\" height=\"").append(plotBottom - TOP).append("\" fill=\"#FFFFFF\" stroke=\"#888\"/>\n");
        if (daylight != null) {
            svg.append("<g class=\"sun\">");
            for (Daylight.Band b : daylight.bands(from, to)) {
                double x0 = x.applyAsDouble(b.start());
                double w = x.applyAsDouble(b.end()) - x0;
                svg.append("<rect class=\"").append(b.phase().cssClass()).append("\" x=\"").append(Svg.n(x0)).append("\" y=\"").append(TOP)
                        .append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(plotBottom - TOP).append("\" fill=\"")
                        .append(Svg.phaseFill(b.phase())).append("\"><title>").append(Html.text(b.phase().label + " "
                                + times.window(new TimeWindow(b.start(), b.end())))).append("</title></rect>");
            }
            svg.append("</g>\n");
        }
        ticks(svg, from, to, x, plotBottom);
        svg.append(body);
        svg.append("</svg>");
        return new Svg.Drawing(svg.toString(), drawn, notDrawn);
    }

    static String title(Incident i) {
        return i.title() != null && !i.title().isBlank() ? i.title() : i.id();
    }

    /** First-fit lane packing in order of start, so overlapping windows never hide each other. */
    private static List<List<Mark>> pack(List<Mark> members, java.util.function.ToDoubleFunction<Instant> x) {
        List<Mark> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((Mark m) -> m.window().earliest()).thenComparing(m -> m.window().latest()).thenComparing(Mark::item));
        List<List<Mark>> lanes = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (Mark m : sorted) {
            double start = x.applyAsDouble(m.window().earliest());
            double end = Math.max(start + MIN_BAR_PX, x.applyAsDouble(m.window().latest()));
            int lane = 0;
            while (lane < lanes.size() && ends.get(lane) + 1.5 > start) {
                lane++;
            }
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
                ends.add(end);
            }
            lanes.get(lane).add(m);
            ends.set(lane, end);
        }
        return lanes;
    }

    /** Grid lines and labels at round local times; a date label at the first tick and wherever the local date changes. */
    private void ticks(StringBuilder svg, Instant from, Instant to, java.util.function.ToDoubleFunction<Instant> x, int plotBottom) {
        long spanMinutes = Duration.between(from, to).toMinutes();
        long step = TICK_MINUTES[TICK_MINUTES.length - 1];
        for (long s : TICK_MINUTES) {
            if (spanMinutes / s <= MAX_TICKS) {
                step = s;
                break;
            }
        }
        boolean longRange = spanMinutes > 60L * 24 * 60;
        LocalDateTime cursor = from.atZone(times.zone()).toLocalDate().atStartOfDay();
        LocalDate lastDate = null;
        Instant lastTick = null;
        svg.append("<g class=\"axis\" font-size=\"11\" fill=\"#1b1b1b\">");
        for (int guard = 0; guard < 4 * MAX_TICKS + 4 * 24 * 12; guard++) {
            ZonedDateTime tick = cursor.atZone(times.zone());
            Instant t = tick.toInstant();
            cursor = cursor.plusMinutes(step);
            if (t.isAfter(to)) {
                break;
            }
            if (t.isBefore(from) || t.equals(lastTick)) {
                continue;
            }
            lastTick = t;
            double tx = x.applyAsDouble(t);
            svg.append("<line class=\"tick\" x1=\"").append(Svg.n(tx)).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(Svg.n(tx))
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#8C8C8C\" stroke-width=\"0.6\" stroke-dasharray=\"2 3\"/>");
            String time = longRange ? TICK_DATE.format(tick) : TICK_TIME.format(tick);
            svg.append("<text x=\"").append(Svg.n(tx)).append("\" y=\"").append(TOP - 8).append("\" text-anchor=\"middle\">")
                    .append(Html.text(time)).append("</text>");
            if (!longRange && !tick.toLocalDate().equals(lastDate)) {
                svg.append("<text x=\"").append(Svg.n(tx)).append("\" y=\"").append(TOP - 22).append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                        .append(Html.text(TICK_DAY.format(tick))).append("</text>");
            }
            lastDate = tick.toLocalDate();
        }
        svg.append("</g>\n");
    }
}
