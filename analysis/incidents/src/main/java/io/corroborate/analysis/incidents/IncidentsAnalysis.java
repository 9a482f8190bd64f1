package io.corroborate.analysis.incidents;

import io.corroborate.model.UnionFind;
import io.corroborate.model.CaseSettings;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups items into incidents. An analyst's {@code incident} clue (value = incident id, note = title)
 * wins: its items form that incident and two such incidents are never merged. Other items join by
 * proximity: single-linkage over items whose windows overlap or lie within {@code incident-max-gap}
 * and whose places lie within {@code incident-max-distance}; a chain that reaches an analyst's
 * incident joins it. Re-uploads follow their repost group into its incident. Casualties are left
 * empty for the casualties analysis. Stateless; never throws for a problem with the case.
 */
public final class IncidentsAnalysis implements Analysis {
    public static final String ID = "incidents";
    public static final String BAD_INCIDENT_CLUE = "bad-incident-clue";
    public static final String BAD_OBSERVATION_CLUE = "bad-observation-clue";

    public static final String MAX_GAP = "incident-max-gap";
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMinutes(30);
    public static final String MAX_DISTANCE = "incident-max-distance";
    public static final double DEFAULT_MAX_DISTANCE = 500;
    public static final String MAX_WINDOW = "incident-max-window";
    public static final Duration DEFAULT_MAX_WINDOW = Duration.ofHours(6);
    public static final String MIN_ITEMS = "incident-min-items";
    public static final int DEFAULT_MIN_ITEMS = 2;
    public static final String GROUPING = "incident-grouping";
    public static final String CLUES_AND_PROXIMITY = "clues-and-proximity";
    public static final String CLUES_ONLY = "clues-only";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Items of one incident while it is being built; {@code clueId} is null for a generated one. */
    private static final class Bucket {
        final String clueId;
        final Set<String> items = new TreeSet<>();

        Bucket(String clueId) {
            this.clueId = clueId;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Groups items into incidents by the analyst's incident clues, then by place and solved time window";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("places", "chronology", "reposts");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        List<Finding> findings = new ArrayList<>();
        Duration maxGap = CaseSettings.duration(theCase, MAX_GAP, DEFAULT_MAX_GAP, ID, findings);
        double maxDistance = CaseSettings.metres(theCase, MAX_DISTANCE, DEFAULT_MAX_DISTANCE, ID, findings);
        Duration maxWindow = CaseSettings.duration(theCase, MAX_WINDOW, DEFAULT_MAX_WINDOW, ID, findings);
        int minItems = (int) Math.ceil(CaseSettings.number(theCase, MIN_ITEMS, DEFAULT_MIN_ITEMS, ID, findings));
        String grouping = CaseSettings.choice(theCase, GROUPING, CLUES_AND_PROXIMITY, List.of(CLUES_AND_PROXIMITY, CLUES_ONLY), ID, findings);

        Map<String, EvidenceItem> byId = theCase.itemsById();
        Map<String, Place> places = ItemFacts.places(theCase, soFar);
        Map<String, TimeWindow> windows = new HashMap<>();
        theCase.items().forEach(i -> windows.put(i.id(), ItemFacts.window(i, soFar)));

        // the analyst's incidents, in clue order
        Map<String, Bucket> byClue = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, Set<String>> clueIncidentsOf = new HashMap<>();
        for (Clue c : ItemFacts.cluesOfKind(theCase, ClueKinds.INCIDENT)) {
            if (!byId.containsKey(c.item())) {
                continue;
            }
            if (c.value().isBlank()) {
                findings.add(new Finding(BAD_INCIDENT_CLUE, Severity.WARNING, "incident clue " + c.id() + " of " + c.item()
                        + " names no incident (the value must be an incident id, the note its title)", List.of(c.item()), List.of(c.id())));
                continue;
            }
            byClue.computeIfAbsent(c.value(), Bucket::new).items.add(c.item());
            clueIncidentsOf.computeIfAbsent(c.item(), k -> new LinkedHashSet<>()).add(c.value());
            if (c.note() != null) {
                titles.putIfAbsent(c.value(), c.note().strip());
            }
        }

        List<Bucket> generated = new ArrayList<>();
        if (grouping.equals(CLUES_AND_PROXIMITY)) {
            cluster(theCase, places, windows, clueIncidentsOf, maxGap, maxDistance, maxWindow, byClue, generated);
        }
        List<Bucket> all = new ArrayList<>(byClue.values());
        all.addAll(generated);
        followReposts(soFar.repostGroups(), all, clueIncidentsOf);

        Map<String, String> recordingOf = new HashMap<>();
        for (RepostGroup g : soFar.repostGroups()) {
            g.members().forEach(m -> recordingOf.put(m, g.id()));
        }
        generated.removeIf(b -> b.items.stream().map(i -> recordingOf.getOrDefault(i, i)).distinct().count() < minItems);

        Map<String, List<Observation>> observations = observations(theCase, byId, findings);
        List<Incident> incidents = new ArrayList<>();
        for (Bucket b : byClue.values()) {
            incidents.add(build(b.clueId, titles.get(b.clueId), b, places, windows, maxWindow, observations, theCase.zone()));
        }
        // proximity incidents are numbered once their order by start time is known
        List<Incident> unnamed = new ArrayList<>();
        for (Bucket b : generated) {
            unnamed.add(build("unnamed", null, b, places, windows, maxWindow, observations, theCase.zone()));
        }
        unnamed.sort(Comparator.comparing((Incident i) -> i.window().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.items().get(0)));
        int n = 0;
        for (Incident u : unnamed) {
            String id;
            do {
                id = "incident-" + ++n;
            } while (byClue.containsKey(id));
            incidents.add(new Incident(id, u.title(), u.place(), u.window(), u.itemsWindow(), u.items(), u.observations(), u.casualties()));
        }
        incidents.sort(Comparator.comparing((Incident i) -> i.window().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Incident::id));
        return AnalysisResult.ofFindings(findings).withIncidents(incidents);
    }

    /**
     * Single-linkage by a sweep over items in order of earliest time. Only placed items with a
     * bounded window no wider than {@code maxWindow} take part: a coarsely dated item would chain
     * unrelated events. An item in two analyst incidents keeps exactly those.
     */
    private static void cluster(Case theCase, Map<String, Place> places, Map<String, TimeWindow> windows,
                                Map<String, Set<String>> clueIncidentsOf, Duration maxGap, double maxDistance, Duration maxWindow,
                                Map<String, Bucket> byClue, List<Bucket> generated) {
        List<String> nodes = new ArrayList<>();
        for (EvidenceItem i : theCase.items()) {
            TimeWindow w = windows.get(i.id());
            if (places.containsKey(i.id()) && w.isBounded() && w.length().compareTo(maxWindow) <= 0
                    && clueIncidentsOf.getOrDefault(i.id(), Set.of()).size() <= 1) {
                nodes.add(i.id());
            }
        }
        nodes.sort(Comparator.comparing((String id) -> windows.get(id).earliest()).thenComparing(id -> id));
        UnionFind sets = new UnionFind(nodes.size());
        String[] label = new String[nodes.size()];
        for (int x = 0; x < nodes.size(); x++) {
            Set<String> own = clueIncidentsOf.getOrDefault(nodes.get(x), Set.of());
            label[x] = own.isEmpty() ? null : own.iterator().next();
        }
        List<Integer> active = new ArrayList<>();
        for (int x = 0; x < nodes.size(); x++) {
            TimeWindow wx = windows.get(nodes.get(x));
            Place px = places.get(nodes.get(x));
            for (Iterator<Integer> it = active.iterator(); it.hasNext(); ) {
                int y = it.next();
                TimeWindow wy = windows.get(nodes.get(y));
                // sorted by earliest: once y ends more than the gap before x starts, it ends before every later item starts
                if (wy.latest().plus(maxGap).isBefore(wx.earliest())) {
                    it.remove();
                } else if (px.minimumDistanceMetres(places.get(nodes.get(y))) <= maxDistance) {
                    join(sets, label, x, y);
                }
            }
            active.add(x);
        }
        Map<Integer, Bucket> byRoot = new TreeMap<>();
        for (int x = 0; x < nodes.size(); x++) {
            int root = sets.find(x);
            String l = label[root];
            Bucket b = l != null ? byClue.get(l) : byRoot.computeIfAbsent(root, r -> new Bucket(null));
            b.items.add(nodes.get(x));
        }
        generated.addAll(byRoot.values());
    }

    /** Joins two sets unless each already belongs to a different analyst incident. */
    private static void join(UnionFind sets, String[] label, int a, int b) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra == rb || label[ra] != null && label[rb] != null && !label[ra].equals(label[rb])) {
            return;
        }
        String l = label[ra] != null ? label[ra] : label[rb];
        sets.union(ra, rb);
        label[sets.find(ra)] = l;
    }

    /**
     * A re-upload is the same recording as its group's other members: when the members that are in
     * incidents are all in one, the others (without an incident clue of their own) join it.
     */
    private static void followReposts(List<RepostGroup> groups, List<Bucket> buckets, Map<String, Set<String>> clueIncidentsOf) {
        Map<String, List<Bucket>> holders = new HashMap<>();
        for (Bucket b : buckets) {
            b.items.forEach(i -> holders.computeIfAbsent(i, k -> new ArrayList<>()).add(b));
        }
        for (RepostGroup g : groups) {
            Set<Bucket> holding = new HashSet<>();
            for (String m : g.members()) {
                holding.addAll(holders.getOrDefault(m, List.of()));
            }
            if (holding.size() != 1) {
                continue;
            }
            Bucket target = holding.iterator().next();
            for (String m : g.members()) {
                if (!clueIncidentsOf.containsKey(m)) {
                    target.items.add(m);
                }
            }
        }
    }

    private static Map<String, List<Observation>> observations(Case theCase, Map<String, EvidenceItem> byId, List<Finding> findings) {
        Map<String, List<Observation>> out = new HashMap<>();
        for (Clue c : ItemFacts.cluesOfKind(theCase, ClueKinds.OBSERVATION)) {
            if (!byId.containsKey(c.item())) {
                continue;
            }
            try {
                out.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(Observation.parse(c.item(), c.value(), c.id(), c.note()));
            } catch (IllegalArgumentException e) {
                findings.add(new Finding(BAD_OBSERVATION_CLUE, Severity.WARNING, "observation clue " + c.id() + " of " + c.item()
                        + ": '" + c.value() + "' is not '<force> by <actor>' (" + e.getMessage() + ")", List.of(c.item()), List.of(c.id())));
            }
        }
        return out;
    }

    private static Incident build(String id, String title, Bucket b, Map<String, Place> places, Map<String, TimeWindow> windows,
                                  Duration maxWindow, Map<String, List<Observation>> observations, ZoneId zone) {
        List<String> items = List.copyOf(b.items);
        Place place = placeOf(items, places);
        TimeWindow window = windowOf(items, windows, maxWindow);
        List<Observation> seen = new ArrayList<>();
        items.forEach(i -> seen.addAll(observations.getOrDefault(i, List.of())));
        String t = title != null && !title.isBlank() ? title : generatedTitle(place, window, zone);
        return new Incident(id, t, place, window, itemsWindowOf(items, windows), items, seen, null);
    }

    /**
     * The landmark most of the items are placed at (ties: landmark id); when none is at a landmark,
     * the centroid of their points with a radius that covers each item's place.
     */
    static Place placeOf(List<String> items, Map<String, Place> places) {
        Map<String, Integer> landmarkCount = new TreeMap<>();
        Map<String, Place> landmarkPlace = new HashMap<>();
        List<Place> placed = new ArrayList<>();
        for (String i : items) {
            Place p = places.get(i);
            if (p == null) {
                continue;
            }
            placed.add(p);
            if (p.landmark() != null) {
                landmarkCount.merge(p.landmark(), 1, Integer::sum);
                landmarkPlace.putIfAbsent(p.landmark(), p);
            }
        }
        if (!landmarkCount.isEmpty()) {
            String best = null;
            for (Map.Entry<String, Integer> e : landmarkCount.entrySet()) {
                if (best == null || e.getValue() > landmarkCount.get(best)) {
                    best = e.getKey();
                }
            }
            return landmarkPlace.get(best);
        }
        if (placed.isEmpty()) {
            return null;
        }
        double lat = placed.stream().mapToDouble(p -> p.point().lat()).average().orElseThrow();
        double lon = placed.stream().mapToDouble(p -> p.point().lon()).average().orElseThrow();
        GeoPoint centre = new GeoPoint(lat, lon);
        double radius = placed.stream().mapToDouble(p -> centre.distanceMetres(p.point()) + p.radiusMetres()).max().orElse(0);
        return new Place(centre, radius, null, null);
    }

    /**
     * The span of the items' windows. Windows wider than {@code maxWindow} (an item dated only to the
     * day) would stretch the incident to their width, so they count only when no item is dated closer.
     */
    static TimeWindow windowOf(List<String> items, Map<String, TimeWindow> windows, Duration maxWindow) {
        TimeWindow narrow = null;
        TimeWindow wide = null;
        for (String i : items) {
            TimeWindow w = windows.get(i);
            if (w == null || !w.isBounded()) {
                continue;
            }
            if (w.length().compareTo(maxWindow) <= 0) {
                narrow = narrow == null ? w : narrow.span(w);
            } else {
                wide = wide == null ? w : wide.span(w);
            }
        }
        return narrow != null ? narrow : wide != null ? wide : TimeWindow.UNBOUNDED;
    }

    /** The span of every item's window, however wide or open: it contains each of them. */
    static TimeWindow itemsWindowOf(List<String> items, Map<String, TimeWindow> windows) {
        TimeWindow all = null;
        for (String i : items) {
            TimeWindow w = windows.getOrDefault(i, TimeWindow.UNBOUNDED);
            all = all == null ? w : all.span(w);
        }
        return all == null ? TimeWindow.UNBOUNDED : all;
    }

    /** "Republic Square, 2022-01-05 00:05–01:05" in the case's local time. */
    static String generatedTitle(Place place, TimeWindow window, ZoneId zone) {
        String where = place == null ? "Unplaced" : place.label();
        if (!window.isBounded()) {
            return where + ", time unknown";
        }
        ZonedDateTime a = window.earliest().atZone(zone);
        ZonedDateTime b = window.latest().atZone(zone);
        String when = a.toLocalDate().equals(b.toLocalDate())
                ? DAY.format(a) + " " + TIME.format(a) + "–" + TIME.format(b)
                : DAY.format(a) + " " + TIME.format(a) + " – " + DAY.format(b) + " " + TIME.format(b);
        return where + ", " + when;
    }
}
