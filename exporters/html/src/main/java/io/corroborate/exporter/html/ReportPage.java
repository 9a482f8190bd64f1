package io.corroborate.exporter.html;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Area;
import io.corroborate.model.Author;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Claim;
import io.corroborate.model.ClaimVerdict;
import io.corroborate.model.Corroboration;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Landmark;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.Profile;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.SourceSummary;
import io.corroborate.model.Verdict;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders report.html. The page carries no script; its only style is one inline block allowed by
 * its sha256 in the Content-Security-Policy, so nothing else (from the network, a file or injected
 * text) can load or run. Every string from the case goes through {@link Html}.
 */
final class ReportPage {
    static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Liberation Sans\",Arial,sans-serif;margin:0 auto;max-width:1120px;padding:0 16px 48px;color:#1b1b1b;background:#fff;line-height:1.45}",
            "h1{font-size:1.7em;margin:.6em 0 .2em;overflow-wrap:anywhere}",
            "h2{margin-top:1.8em;border-bottom:2px solid #ddd;padding-bottom:.2em}",
            "h3{margin-top:1.4em;overflow-wrap:anywhere}",
            ".banner{border:3px solid #8a1c1c;background:#fdeaea;color:#5c0b0b;padding:.6em 1em;font-weight:bold;margin:1em 0}",
            ".run,.note{color:#555;font-size:.9em}",
            "dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:1em 0}",
            "dl.figures div{border:1px solid #bbb;border-radius:6px;padding:.5em .8em}",
            "dl.figures dt{font-size:.85em;color:#444}",
            "dl.figures dd{margin:0;font-size:1.5em;font-weight:bold}",
            "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}",
            "dl.facts dt{font-weight:bold}",
            "dl.facts dd{margin:0}",
            "figure{margin:1em 0}",
            "svg.chart{display:block;max-width:100%;height:auto;border:1px solid #bbb;background:#fff}",
            "svg.swatch{vertical-align:-1px;margin-right:.3em}",
            "ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:.9em}",
            "table{border-collapse:collapse;width:100%;font-size:.88em;margin:.6em 0}",
            "th,td{border:1px solid #ccc;padding:.3em .45em;text-align:left;vertical-align:top;overflow-wrap:break-word}",
            "td a,td .id{overflow-wrap:anywhere}",
            "th{background:#f1f1f1}",
            "td.num{text-align:right}",
            ".id{font-family:ui-monospace,\"Liberation Mono\",monospace;font-size:.85em}",
            ".hash{font-family:ui-monospace,\"Liberation Mono\",monospace;font-size:.85em;word-break:break-all}",
            "table.sun{width:auto}",
            "caption{text-align:left;font-size:.9em;color:#444;padding:.2em 0}",
            ".not-linked{color:#6b1d1d}",
            ".verdict-contradicted,.sev-error{font-weight:bold;color:#8a1c1c}",
            ".verdict-supported{font-weight:bold;color:#1c5e20}",
            ".sev-warning{font-weight:bold;color:#7a4a00}",
            "ol.findings li{margin:.4em 0}");
    static final String STYLE_HASH = "sha256-" + Base64.getEncoder().encodeToString(
            io.corroborate.model.Hashes.sha256().digest(STYLE.getBytes(StandardCharsets.UTF_8)));
    /** Nothing from anywhere, except the page's own style block. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + STYLE_HASH + "'; base-uri 'none'; form-action 'none'";
    static final int EXCERPT_CHARS = 280;

    private final Case theCase;
    private final AnalysisResult result;
    private final Profile profile;
    private final String toolVersion;
    private final Times times;
    private final Map<String, EvidenceItem> items;
    private final Map<String, Integer> itemIncident = new HashMap<>();
    /** Clue id to the item it is about, so a finding that names only clues still finds its incident. */
    private final Map<String, String> clueItem = new HashMap<>();
    private final StringBuilder out = new StringBuilder(1 << 16);

    ReportPage(Case theCase, AnalysisResult result, Profile profile, String toolVersion) {
        this.theCase = Objects.requireNonNull(theCase, "theCase is null");
        this.result = Objects.requireNonNull(result, "result is null");
        this.profile = Objects.requireNonNull(profile, "profile is null");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion is null");
        this.times = new Times(theCase.zone());
        this.items = theCase.itemsById();
        List<Incident> incidents = result.incidents();
        for (int i = 0; i < incidents.size(); i++) {
            for (String item : incidents.get(i).items()) {
                itemIncident.putIfAbsent(item, i);
            }
        }
        theCase.clues().forEach(c -> clueItem.putIfAbsent(c.id(), c.item()));
        theCase.items().forEach(i -> i.clues().forEach(c -> clueItem.putIfAbsent(c.id(), c.item())));
    }

    /** The verdicts that rest on at least one of the incident's items, in the analyses' order. */
    static List<ClaimVerdict> verdictsOn(Incident incident, AnalysisResult r) {
        Set<String> ids = new HashSet<>(incident.items());
        return r.verdicts().stream().filter(v -> v.items().stream().anyMatch(ids::contains)).toList();
    }

    /** The findings about the incident's items (named directly or through their clues), in the page's order. */
    private List<Finding> findingsOn(Incident incident) {
        Set<String> ids = new HashSet<>(incident.items());
        return orderedFindings(result).stream()
                .filter(f -> f.items().stream().anyMatch(ids::contains) || f.clues().stream().map(clueItem::get).anyMatch(ids::contains))
                .toList();
    }

    /** Where the sun is computed: the area's centre, else the landmarks' mean, else the mean of the places. */
    static Optional<GeoPoint> casePlace(Case c, AnalysisResult r) {
        Area a = c.area();
        if (a != null) {
            return Optional.of(new GeoPoint((a.south() + a.north()) / 2, (a.west() + a.east()) / 2));
        }
        if (!c.landmarks().isEmpty()) {
            return Optional.of(mean(c.landmarks().stream().map(Landmark::point).toList()));
        }
        List<GeoPoint> places = new ArrayList<>();
        r.places().values().forEach(p -> places.add(p.point()));
        r.incidents().stream().filter(i -> i.place() != null).forEach(i -> places.add(i.place().point()));
        return places.isEmpty() ? Optional.empty() : Optional.of(mean(places));
    }

    private static GeoPoint mean(List<GeoPoint> points) {
        double lat = 0;
        double lon = 0;
        for (GeoPoint p : points) {
            lat += p.lat();
            lon += p.lon();
        }
        return new GeoPoint(lat / points.size(), lon / points.size());
    }

    /** Whether a finding reports clues that cannot all hold ({@code clue-conflict} and its kin). */
    static boolean isConflict(Finding f) {
        return f.kind().equals("conflict") || f.kind().endsWith("-conflict");
    }

    /** Conflicts first, then by severity (errors first), kind and message. */
    static List<Finding> orderedFindings(AnalysisResult r) {
        List<Finding> sorted = new ArrayList<>(r.findingsBySeverity());
        sorted.sort(Comparator.comparing((Finding f) -> !isConflict(f)));
        return sorted;
    }

    /** The case-wide lower bound: the analyses' own, else the union of the incidents' people. */
    static CasualtyCount caseCasualties(AnalysisResult r) {
        if (r.casualties() != null) {
            return r.casualties();
        }
        Map<String, List<String>> killed = new TreeMap<>();
        Map<String, List<String>> injured = new TreeMap<>();
        for (Incident i : r.incidents()) {
            i.casualties().killedPeople().forEach((person, shown) -> merge(killed, person, shown));
            i.casualties().injuredPeople().forEach((person, shown) -> merge(injured, person, shown));
        }
        killed.keySet().forEach(injured::remove);
        return CasualtyCount.of(killed, injured);
    }

    private static void merge(Map<String, List<String>> into, String person, List<String> shown) {
        TreeSet<String> all = new TreeSet<>(into.getOrDefault(person, List.of()));
        all.addAll(shown);
        into.put(person, List.copyOf(all));
    }

    String render() {
        String name = theCase.name();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.attr(CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"").append(Html.attr("Corroborate " + toolVersion)).append("\">\n")
                .append("<title>").append(Html.text(name + " — Corroborate report")).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n");
        if (profile == Profile.PUBLIC) {
            out.append("<p id=\"public-notice\" class=\"banner\" role=\"note\">").append(Html.text(Profile.PUBLIC_NOTICE)).append("</p>\n");
        }
        out.append("<h1>").append(Html.text(name)).append("</h1>\n");
        out.append("<p class=\"note\">Times are local to ").append(Html.text(theCase.zone().getId()))
                .append(" with their UTC offset, followed by UTC. Profile: ").append(profile.id()).append(".</p>\n");
        // no run time here: it is in custody.csv, so the same inputs give the same page
        out.append("<p class=\"run\">Written by Corroborate ").append(Html.text(toolVersion))
                .append(". The page holds no run time, so the same inputs give the same page; custody.csv records when the run")
                .append(" happened and this page's SHA-256.</p>\n");
        out.append("</header>\n<main>\n");
        summary();
        timeline();
        map();
        incidents();
        otherItems();
        claims();
        findings();
        sources();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void summary() {
        CasualtyCount casualties = caseCasualties(result);
        long contradicted = result.verdicts().stream().filter(v -> v.verdict() == Verdict.CONTRADICTED).count();
        long conflicts = result.findings().stream().filter(ReportPage::isConflict).count();
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"figures\">\n");
        figure("items", "Items", String.valueOf(theCase.items().size()));
        // the case's own files (case.yaml, sheets) are listed with the sources for custody but hold no items
        figure("sources", "Source files", String.valueOf(theCase.sources().stream()
                .filter(s -> !SourceSummary.CASE_FILES.equals(s.importer())).count()));
        figure("incidents", "Incidents", String.valueOf(result.incidents().size()));
        figure("killed", "Killed (at least)", String.valueOf(casualties.killed()));
        figure("injured", "Injured (at least)", String.valueOf(casualties.injured()));
        figure("contradicted", "Claims contradicted", contradicted + " of " + theCase.claims().size());
        figure("conflicts", "Conflicts", String.valueOf(conflicts));
        out.append("</dl>\n<p id=\"casualty-summary\">Across the case: ").append(Html.text(casualties.label()))
                .append(" (distinct people shown; a lower bound).</p>\n");
        incidentSummary();
        out.append("</section>\n");
    }

    /** One row per incident: the figures a report quotes, before the details further down. */
    private void incidentSummary() {
        List<Incident> incidents = result.incidents();
        if (incidents.isEmpty()) {
            return;
        }
        out.append("<table class=\"incident-summary\">\n<caption>Incidents: videos are distinct recordings (a video and its re-uploads")
                .append(" count once); items are every item, re-uploads and statements included.</caption>\n")
                .append("<thead><tr><th scope=\"col\">Incident</th><th scope=\"col\">Window</th><th scope=\"col\">Place</th>")
                .append("<th scope=\"col\">Videos</th><th scope=\"col\">Items</th><th scope=\"col\">Casualties</th></tr></thead>\n<tbody>\n");
        for (int n = 0; n < incidents.size(); n++) {
            Incident incident = incidents.get(n);
            out.append("<tr id=\"summary-incident-").append(n + 1).append("\"><td>Incident ").append(n + 1).append(": ")
                    .append(Html.text(Html.excerpt(TimelineSvg.title(incident), 60))).append("</td><td class=\"window\">")
                    .append(Html.text(times.window(incident.window()))).append("</td><td>")
                    .append(incident.place() == null ? "unknown" : Html.text(incident.place().name() != null ? incident.place().name()
                            : coordinates(incident.place().point())))
                    .append("</td><td class=\"num videos\">").append(incident.distinctVideos(items, result.repostGroups()))
                    .append("</td><td class=\"num items\">").append(incident.items().size())
                    .append("</td><td class=\"casualties\">").append(Html.text(incident.casualties().label())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void figure(String id, String label, String value) {
        out.append("<div><dt>").append(Html.text(label)).append("</dt><dd id=\"figure-").append(id).append("\">")
                .append(Html.text(value)).append("</dd></div>\n");
    }

    private void timeline() {
        List<TimelineSvg.Mark> marks = new ArrayList<>();
        for (EvidenceItem i : theCase.items()) {
            marks.add(new TimelineSvg.Mark(i.id(), result.windowOf(i.id()), itemIncident.getOrDefault(i.id(), -1)));
        }
        Optional<GeoPoint> place = casePlace(theCase, result);
        Daylight daylight = place.map(Daylight::new).orElse(null);
        TimelineSvg timeline = new TimelineSvg(times, result.incidents(), marks, daylight);
        Svg.Drawing drawing = timeline.render();
        out.append("<section id=\"timeline-section\">\n<h2>Timeline</h2>\n");
        if (drawing == null) {
            out.append("<p>No item or incident has a solved time window, so there is nothing to place on a time axis.</p>\n</section>\n");
            return;
        }
        out.append("<figure>\n").append(drawing.svg()).append("\n<figcaption>\n");
        legend();
        if (daylight != null) {
            out.append("<ul class=\"legend\">");
            for (Daylight.Phase p : Daylight.Phase.values()) {
                out.append("<li>").append(Svg.swatch(Svg.phaseFill(p), "#555")).append(Html.text(p.label)).append("</li>");
            }
            out.append("</ul>\n<p class=\"note\">Shading: the sun at ").append(coordinates(place.get()))
                    .append(" (night: centre more than 6° below the horizon; civil twilight: 0.833° to 6° below; day: above).</p>\n");
            // whole local days, so a day the timeline only enters in the evening still shows its sunrise
            java.time.ZoneId zone = theCase.zone();
            Instant dayStart = timeline.range().earliest().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            Instant dayEnd = timeline.range().latest().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            sunTable(Daylight.changes(daylight.bands(dayStart, dayEnd)));
        } else {
            out.append("<p class=\"note\">The case has no area, landmark or place, so day and night are not shaded.</p>\n");
        }
        out.append("<p class=\"note\">Bars run from each item's earliest to its latest possible recording time; bands are the incidents' windows.");
        if (!drawing.notDrawn().isEmpty()) {
            out.append(" Not drawn (no bounded window): ").append(drawing.notDrawn().size()).append(" item")
                    .append(drawing.notDrawn().size() == 1 ? "" : "s").append(".");
        }
        out.append("</p>\n</figcaption>\n</figure>\n</section>\n");
    }

    /** One row per local date: civil dawn, sunrise, sunset and civil dusk, to the minute. */
    private void sunTable(List<Daylight.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> columns = List.of("civil dawn", "sunrise", "sunset", "civil dusk");
        Map<java.time.LocalDate, Map<String, Instant>> days = new TreeMap<>();
        for (Daylight.Change c : changes) {
            days.computeIfAbsent(c.at().atZone(theCase.zone()).toLocalDate(), d -> new HashMap<>()).put(c.name(), c.at());
        }
        TreeSet<String> offsets = new TreeSet<>();
        changes.forEach(c -> offsets.add(times.offset(c.at())));
        out.append("<table class=\"sun\">\n<caption>Sun at the case's place, local time (").append(Html.text(theCase.zone().getId())).append(", ")
                .append(Html.text(String.join(" / ", offsets))).append(")</caption>\n<thead><tr><th scope=\"col\">Date</th>");
        columns.forEach(c -> out.append("<th scope=\"col\">").append(Html.text(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<java.time.LocalDate, Map<String, Instant>> day : days.entrySet()) {
            out.append("<tr><td>").append(day.getKey()).append("</td>");
            for (String c : columns) {
                Instant t = day.getValue().get(c);
                out.append("<td>").append(t == null ? "—" : Html.text(times.minute(t))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void legend() {
        out.append("<ul class=\"legend\">");
        List<Incident> incidents = result.incidents();
        for (int i = 0; i < incidents.size(); i++) {
            out.append("<li>").append(Svg.swatch(Svg.incidentColour(i), "#1b1b1b")).append("Incident ").append(i + 1).append(": ")
                    .append(Html.text(Html.excerpt(TimelineSvg.title(incidents.get(i)), 60))).append("</li>");
        }
        out.append("<li>").append(Svg.swatch(Svg.NO_INCIDENT_COLOUR, "#1b1b1b")).append("in no incident</li></ul>\n");
    }

    private void map() {
        List<MapSvg.Dot> dots = new ArrayList<>();
        int unplaced = 0;
        for (EvidenceItem i : theCase.items()) {
            Place p = result.places().get(i.id());
            if (p == null) {
                unplaced++;
            } else {
                dots.add(new MapSvg.Dot(i.id(), p, itemIncident.getOrDefault(i.id(), -1)));
            }
        }
        MapSvg overview = new MapSvg(theCase.area(), theCase.landmarks(), result.incidents(), dots);
        Area detailBox = overview.detailFrame();
        Svg.Drawing drawing = (detailBox == null ? overview : overview.outlining(detailBox)).render();
        out.append("<section id=\"map-section\">\n<h2>Map</h2>\n");
        if (drawing == null) {
            out.append("<p>The case holds no coordinates: no area, landmark or placed item.</p>\n</section>\n");
            return;
        }
        out.append("<figure>\n").append(drawing.svg()).append("\n<figcaption>\n");
        legend();
        out.append("<p class=\"note\">Drawn from the case's own coordinates (equirectangular projection; dashed box: area of interest;"
                + " squares: landmarks; numbered circles: incidents with their place's radius; dots: items");
        out.append(detailBox == null ? ")." : "; solid box: the detail map below).");
        if (unplaced > 0) {
            out.append(" Not drawn (no place): ").append(unplaced).append(unplaced == 1 ? " item." : " items.");
        }
        out.append("</p>\n</figcaption>\n</figure>\n");
        if (detailBox != null) {
            out.append("<figure>\n").append(overview.detail(detailBox).render().svg())
                    .append("\n<figcaption><p class=\"note\">Detail: the incidents' places and their items, at a larger scale.</p></figcaption>\n</figure>\n");
        }
        out.append("</section>\n");
    }

    private void incidents() {
        List<Incident> incidents = result.incidents();
        out.append("<section id=\"incidents\">\n<h2>Incidents</h2>\n");
        if (incidents.isEmpty()) {
            out.append("<p>No incidents were found.</p>\n");
        }
        for (int n = 0; n < incidents.size(); n++) {
            Incident incident = incidents.get(n);
            out.append("<section id=\"incident-").append(n + 1).append("\" class=\"incident\">\n<h3>")
                    .append(Svg.swatch(Svg.incidentColour(n), "#1b1b1b")).append("Incident ").append(n + 1).append(": ")
                    .append(Html.text(TimelineSvg.title(incident))).append("</h3>\n<dl class=\"facts\">\n");
            fact("Id", "<span class=\"id\">" + Html.text(incident.id()) + "</span>");
            fact("Window", Html.text(times.window(incident.window())));
            fact("Place", incident.place() == null ? "unknown" : place(incident.place()));
            fact("Videos", "<span class=\"videos\">" + incident.distinctVideos(items, result.repostGroups())
                    + "</span> distinct recordings (a video and its re-uploads count once)");
            fact("Items", "<span class=\"items\">" + incident.items().size() + "</span> (re-uploads and statements included)");
            fact("Casualties", "<span class=\"casualties\">" + Html.text(incident.casualties().label()) + "</span>" + people(incident));
            out.append("</dl>\n");
            observations(incident);
            incidentClaims(incident);
            incidentFindings(incident);
            List<String> ids = new ArrayList<>(incident.items());
            itemsTable(ids);
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }

    private void incidentClaims(Incident incident) {
        List<ClaimVerdict> verdicts = verdictsOn(incident, result);
        out.append("<h4>Claims</h4>\n");
        if (verdicts.isEmpty()) {
            out.append("<p>No claim's verdict rests on this incident's items.</p>\n");
            return;
        }
        Set<String> ids = new HashSet<>(incident.items());
        out.append("<ul class=\"incident-claims\">\n");
        for (ClaimVerdict v : verdicts) {
            List<String> here = v.items().stream().filter(ids::contains).toList();
            out.append("<li><span class=\"id\">").append(Html.text(v.claim())).append("</span>: <span class=\"verdict verdict-")
                    .append(v.verdict().id()).append("\">").append(v.verdict().id()).append("</span> — ").append(Html.text(v.reason()))
                    .append("<br><span class=\"note\">Rests on these items of the incident: ").append(Html.text(String.join(", ", here)))
                    .append("</span></li>\n");
        }
        out.append("</ul>\n");
    }

    private void incidentFindings(Incident incident) {
        List<Finding> findings = findingsOn(incident);
        out.append("<h4>Findings</h4>\n");
        if (findings.isEmpty()) {
            out.append("<p>No finding concerns this incident's items.</p>\n");
            return;
        }
        out.append("<ul class=\"incident-findings\">\n");
        for (Finding f : findings) {
            out.append("<li class=\"").append(isConflict(f) ? "incident-conflict" : "incident-finding").append("\"><span class=\"sev-")
                    .append(f.severity().id()).append("\">").append(f.severity().id()).append("</span> <span class=\"id\">")
                    .append(Html.text(f.kind())).append("</span>: ").append(Html.text(f.message())).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void fact(String name, String html) {
        out.append("<dt>").append(Html.text(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private String people(Incident incident) {
        CasualtyCount c = incident.casualties();
        if (c.killed() + c.injured() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("<br><span class=\"note\">");
        appendPeople(b, "killed", c.killedPeople(), incident.id());
        if (c.killed() > 0 && c.injured() > 0) {
            b.append("; ");
        }
        appendPeople(b, "injured", c.injuredPeople(), incident.id());
        return b.append("</span>").toString();
    }

    private void appendPeople(StringBuilder b, String status, Map<String, List<String>> people, String incident) {
        if (people.isEmpty()) {
            return;
        }
        b.append(Html.text(status)).append(": ");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : people.entrySet()) {
            b.append(first ? "" : ", ").append(Html.text(e.getKey())).append(" (")
                    .append(Html.text(corroboration(e.getKey(), incident, e.getValue().size()))).append(")");
            first = false;
        }
    }

    private void observations(Incident incident) {
        Map<String, TreeSet<String>> byLabel = new TreeMap<>();
        for (Observation o : incident.observations()) {
            byLabel.computeIfAbsent(o.label(), k -> new TreeSet<>()).add(o.item());
        }
        out.append("<h4>Observations</h4>\n");
        if (byLabel.isEmpty()) {
            out.append("<p>None recorded.</p>\n");
            return;
        }
        out.append("<ul class=\"observations\">\n");
        for (Map.Entry<String, TreeSet<String>> e : byLabel.entrySet()) {
            out.append("<li>").append(Html.text(e.getKey())).append(" — ")
                    .append(Html.text(corroboration(e.getKey(), incident.id(), e.getValue().size()))).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** "seen in N items from M sources" when the corroboration analysis counted it, else the plain item count. */
    private String corroboration(String subject, String incident, int items) {
        Corroboration best = null;
        for (Corroboration c : result.corroborations()) {
            if (c.subject().equals(subject) && (incident.equals(c.incident()) || (c.incident() == null && best == null))) {
                best = c;
            }
        }
        if (best != null) {
            return "seen in " + best.items().size() + " item" + (best.items().size() == 1 ? "" : "s") + " from "
                    + best.independentSources() + " source" + (best.independentSources() == 1 ? "" : "s");
        }
        return "shown in " + items + " item" + (items == 1 ? "" : "s");
    }

    private void otherItems() {
        List<String> ids = theCase.items().stream().map(EvidenceItem::id).filter(id -> !itemIncident.containsKey(id)).toList();
        out.append("<section id=\"other-items\">\n<h2>Items in no incident</h2>\n");
        if (ids.isEmpty()) {
            out.append("<p>Every item belongs to an incident.</p>\n");
        } else {
            itemsTable(ids);
        }
        out.append("</section>\n");
    }

    /** Items in chronological order of their earliest bound (unknown last), then by id. */
    private void itemsTable(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparing((String id) -> result.windowOf(id).earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder()));
        out.append("<table class=\"items\">\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Author</th>")
                .append("<th scope=\"col\">Published</th><th scope=\"col\">Recorded (window)</th><th scope=\"col\">Place</th>")
                .append("<th scope=\"col\">Text</th><th scope=\"col\">Link and media</th></tr></thead>\n<tbody>\n");
        for (String id : sorted) {
            EvidenceItem i = items.get(id);
            out.append("<tr><td><span class=\"id\">").append(Html.text(id)).append("</span>");
            if (i == null) {
                out.append("</td><td colspan=\"6\">not in the case</td></tr>\n");
                continue;
            }
            out.append("<br>").append(Html.text(i.platform().id() + " " + i.kind().id())).append("</td>");
            out.append("<td>").append(author(i)).append("</td>");
            out.append("<td>").append(i.publishedAt() == null ? "unknown" : Html.text(times.instant(i.publishedAt()))).append("</td>");
            ItemWindow w = result.windows().get(id);
            out.append("<td>").append(Html.text(times.window(result.windowOf(id))));
            if (w != null && !w.consistent()) {
                out.append(" <strong>(its clues conflict)</strong>");
            }
            out.append("</td>");
            Place p = result.places().get(id);
            out.append("<td>").append(p == null ? "unknown" : place(p)).append("</td>");
            String text = i.title() == null ? i.text() : i.text() == null ? i.title() : i.title() + " — " + i.text();
            out.append("<td>").append(Html.text(Html.excerpt(text, EXCERPT_CHARS))).append("</td>");
            String link = link(i.url());
            String media = media(i.media());
            out.append("<td>").append(link).append(!link.isEmpty() && !media.isEmpty() ? "<br>" : "").append(media).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String author(EvidenceItem i) {
        StringBuilder b = new StringBuilder();
        Author a = i.author();
        if (a != null) {
            b.append(Html.text(a.name() != null ? a.name() : a.id()));
            if (a.name() != null && a.id() != null) {
                b.append(" <span class=\"id\">").append(Html.text(a.id())).append("</span>");
            }
        }
        if (i.forwardedFrom() != null) {
            Author f = i.forwardedFrom();
            b.append(b.length() == 0 ? "" : "<br>").append("forwarded from ").append(Html.text(f.name() != null ? f.name() : f.id()));
        }
        return b.length() == 0 ? "unknown" : b.toString();
    }

    /** A link only for http(s); anything else is shown as inert text. */
    static String link(String url) {
        if (url == null) {
            return "";
        }
        String safe = Html.safeHref(url);
        if (safe == null) {
            return "<span class=\"not-linked\">not linked: " + Html.text(Html.excerpt(url, 120)) + "</span>";
        }
        return "<a href=\"" + Html.attr(safe) + "\" rel=\"noopener noreferrer\">" + Html.text(Html.excerpt(safe, 90)) + "</a>";
    }

    /** What the case holds about each media file; a path is shown as text, never as a link. */
    private static String media(List<MediaRef> media) {
        StringBuilder b = new StringBuilder();
        for (MediaRef m : media) {
            List<String> parts = new ArrayList<>();
            parts.add(m.type());
            if (m.durationSeconds() != null) {
                parts.add(String.format(Locale.ROOT, "%.0f s", m.durationSeconds()));
            }
            if (Boolean.FALSE.equals(m.exported())) {
                parts.add("not in the export");
            }
            if (m.path() != null) {
                parts.add(m.path());
            }
            b.append(b.length() == 0 ? "" : "<br>").append(Html.text(String.join(" · ", parts)));
            if (m.sha256() != null) {
                b.append(" <span class=\"hash\" title=\"").append(Html.attr(m.sha256())).append("\">sha256 ")
                        .append(Html.text(m.sha256().substring(0, 12))).append("…</span>");
            }
        }
        return b.toString();
    }

    private static String place(Place p) {
        StringBuilder b = new StringBuilder();
        if (p.name() != null) {
            b.append(Html.text(p.name())).append(" (").append(coordinates(p.point())).append(")");
        } else {
            b.append(coordinates(p.point()));
        }
        if (p.radiusMetres() > 0) {
            b.append(" ±").append(String.format(Locale.ROOT, "%.0f", p.radiusMetres())).append(" m");
        }
        return b.toString();
    }

    private static String coordinates(GeoPoint g) {
        return String.format(Locale.ROOT, "%.5f, %.5f", g.lat(), g.lon());
    }

    private void claims() {
        Map<String, ClaimVerdict> verdicts = new LinkedHashMap<>();
        result.verdicts().forEach(v -> verdicts.putIfAbsent(v.claim(), v));
        out.append("<section id=\"claims\">\n<h2>Claims</h2>\n");
        if (theCase.claims().isEmpty() && verdicts.isEmpty()) {
            out.append("<p>The case tests no claims.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"claims\">\n<thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Claimant</th><th scope=\"col\">Stated on</th>")
                .append("<th scope=\"col\">Text</th><th scope=\"col\">Verdict</th><th scope=\"col\">Reason</th><th scope=\"col\">Rests on</th></tr></thead>\n<tbody>\n");
        for (Claim c : theCase.claims()) {
            claimRow(c.id(), Html.text(c.claimant()), c.statedOn() == null ? "" : c.statedOn().toString(), c.text(), verdicts.remove(c.id()));
        }
        for (ClaimVerdict v : verdicts.values()) {
            claimRow(v.claim(), "", "", null, v);
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void claimRow(String id, String claimantHtml, String statedOn, String text, ClaimVerdict v) {
        out.append("<tr><td class=\"id\">").append(Html.text(id)).append("</td><td>").append(claimantHtml).append("</td><td>")
                .append(Html.text(statedOn)).append("</td><td>").append(Html.text(text)).append("</td>");
        if (v == null) {
            out.append("<td>no verdict</td><td></td><td></td></tr>\n");
            return;
        }
        List<String> basis = new ArrayList<>(v.items());
        basis.addAll(v.observations());
        out.append("<td class=\"verdict-").append(v.verdict().id()).append("\">").append(v.verdict().id()).append("</td><td>")
                .append(Html.text(v.reason())).append("</td><td class=\"id\">").append(Html.text(String.join(", ", basis))).append("</td></tr>\n");
    }

    private void findings() {
        List<Finding> findings = orderedFindings(result);
        out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (findings.isEmpty()) {
            out.append("<p>The analyses found nothing to report.</p>\n</section>\n");
            return;
        }
        out.append("<ol class=\"findings\">\n");
        for (Finding f : findings) {
            out.append("<li class=\"").append(isConflict(f) ? "conflict" : "finding").append("\"><span class=\"sev-").append(f.severity().id())
                    .append("\">").append(f.severity().id()).append("</span> <span class=\"id\">").append(Html.text(f.kind())).append("</span>: ")
                    .append(Html.text(f.message()));
            if (!f.items().isEmpty()) {
                out.append("<br><span class=\"note\">Items: ").append(Html.text(String.join(", ", f.items()))).append("</span>");
            }
            if (!f.clues().isEmpty()) {
                out.append("<br><span class=\"note\">Clues: ").append(Html.text(String.join(", ", f.clues()))).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /** Custody-like: what was read, by which importer, with its hash; import times stay in custody.csv so the page is the same bytes on a re-run. */
    private void sources() {
        out.append("<section id=\"sources\">\n<h2>Sources</h2>\n");
        if (theCase.sources().isEmpty()) {
            out.append("<p>No source files were imported.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"sources\">\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Importer</th><th scope=\"col\">SHA-256</th>")
                .append("<th scope=\"col\">Bytes</th><th scope=\"col\">Imported</th><th scope=\"col\">Skipped</th></tr></thead>\n<tbody>\n");
        for (SourceSummary s : theCase.sources()) {
            out.append("<tr><td class=\"id\">").append(Html.text(s.path())).append("</td><td>").append(Html.text(s.importer()))
                    .append("</td><td class=\"hash\">").append(Html.text(s.sha256())).append("</td><td class=\"num\">").append(s.sizeBytes())
                    .append("</td><td class=\"num\">").append(s.imported()).append("</td><td class=\"num\">").append(s.skipped())
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }
}
