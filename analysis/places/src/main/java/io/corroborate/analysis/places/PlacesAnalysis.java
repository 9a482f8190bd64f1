package io.corroborate.analysis.places;

import io.corroborate.model.CaseSettings;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Area;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.Gazetteer;
import io.corroborate.model.Place;
import io.corroborate.model.Severity;
import io.corroborate.spi.Analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves every item's {@code place} clues with the case gazetteer into {@link AnalysisResult#places()}.
 * The analyst's clues win over the importers' (GPS, geo tags); among several of one side, the most
 * precise (smallest radius, then clue order). Findings: {@code unknown-landmark}, {@code conflicting-places},
 * {@code outside-area}, {@code same-time-too-far} (all warnings). Stateless; never throws for a
 * problem with the case.
 */
public final class PlacesAnalysis implements Analysis {
    public static final String ID = "places";
    public static final String UNKNOWN_LANDMARK = "unknown-landmark";
    public static final String CONFLICTING_PLACES = "conflicting-places";
    public static final String OUTSIDE_AREA = "outside-area";
    public static final String SAME_TIME_TOO_FAR = "same-time-too-far";

    public static final String MAX_SPEED_KMH = "max-speed-kmh";
    public static final double DEFAULT_MAX_SPEED_KMH = 30;
    public static final String SAME_PLACE_DISTANCE = "same-place-distance";
    public static final double DEFAULT_SAME_PLACE_DISTANCE = 500;

    /** A place clue and where it resolved to. */
    record Resolved(Clue clue, Place place) {
    }

    private static final Comparator<Resolved> MOST_PRECISE = Comparator.comparingDouble(r -> r.place().radiusMetres());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Resolves place clues with the landmark gazetteer; flags unknown landmarks, items outside the area and same-time items too far apart";
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        List<Finding> findings = new ArrayList<>();
        double samePlace = CaseSettings.metres(theCase, SAME_PLACE_DISTANCE, DEFAULT_SAME_PLACE_DISTANCE, ID, findings);
        double speedKmh = CaseSettings.number(theCase, MAX_SPEED_KMH, DEFAULT_MAX_SPEED_KMH, ID, findings);
        Gazetteer gazetteer = theCase.gazetteer();
        Map<String, EvidenceItem> items = theCase.itemsById();

        Map<String, List<Resolved>> analysts = new LinkedHashMap<>();
        Map<String, List<Resolved>> importers = new LinkedHashMap<>();
        for (Clue c : theCase.clues()) {
            collect(c, items, gazetteer, analysts, findings);
        }
        for (EvidenceItem i : theCase.items()) {
            for (Clue c : i.clues()) {
                collect(c, items, gazetteer, importers, findings);
            }
        }

        Map<String, Place> places = new TreeMap<>();
        for (EvidenceItem i : theCase.items()) {
            List<Resolved> own = analysts.getOrDefault(i.id(), List.of());
            List<Resolved> chosenFrom = own.isEmpty() ? importers.getOrDefault(i.id(), List.of()) : own;
            chosenFrom.stream().min(MOST_PRECISE).ifPresent(r -> places.put(i.id(), r.place()));
            conflicts(i.id(), own, samePlace, findings);
        }

        Area area = theCase.area();
        if (area != null) {
            for (Map.Entry<String, Place> e : places.entrySet()) {
                if (!area.couldContain(e.getValue())) {
                    findings.add(new Finding(OUTSIDE_AREA, Severity.WARNING, e.getKey() + " is placed at " + e.getValue().label()
                            + ", outside the case's area of interest", List.of(e.getKey()), cluesPlacing(e.getKey(), e.getValue(), analysts, importers)));
                }
            }
        }

        sameTime(theCase, places, samePlace, speedKmh, findings);
        return AnalysisResult.ofFindings(findings).withPlaces(places);
    }

    private static void collect(Clue c, Map<String, EvidenceItem> items, Gazetteer gazetteer, Map<String, List<Resolved>> into,
                                List<Finding> findings) {
        // clues about items not in the case are the chronology's to report
        if (!ClueKinds.PLACE.equals(c.kind()) || !items.containsKey(c.item())) {
            return;
        }
        try {
            into.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(new Resolved(c, gazetteer.resolve(c.value())));
        } catch (IllegalArgumentException e) {
            findings.add(new Finding(UNKNOWN_LANDMARK, Severity.WARNING, "place clue " + c.id() + " of " + c.item() + ": "
                    + e.getMessage() + "; the item is left unplaced by it", List.of(c.item()), List.of(c.id())));
        }
    }

    /** Two analyst places of one item that cannot both be right. */
    private static void conflicts(String item, List<Resolved> own, double samePlace, List<Finding> findings) {
        for (int a = 0; a < own.size(); a++) {
            for (int b = a + 1; b < own.size(); b++) {
                Place pa = own.get(a).place();
                Place pb = own.get(b).place();
                double d = pa.minimumDistanceMetres(pb);
                if (d > samePlace) {
                    findings.add(new Finding(CONFLICTING_PLACES, Severity.WARNING, item + " is placed both at " + pa.label() + " ("
                            + own.get(a).clue().id() + ") and at " + pb.label() + " (" + own.get(b).clue().id() + "), "
                            + metres(d) + " apart beyond their uncertainty (more than " + metres(samePlace) + ")",
                            List.of(item), List.of(own.get(a).clue().id(), own.get(b).clue().id())));
                }
            }
        }
    }

    /**
     * Two items said to be recorded at the same time can be apart by what one camera can see from
     * another ({@code same-place-distance}) plus how far someone moves in the clue's tolerance at
     * {@code max-speed-kmh}.
     */
    private static void sameTime(Case theCase, Map<String, Place> places, double samePlace, double speedKmh, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (Clue c : theCase.allClues()) {
            if (!ClueKinds.SAME_TIME.equals(c.kind())) {
                continue;
            }
            String a = c.item();
            String b = c.value();
            Place pa = places.get(a);
            Place pb = places.get(b);
            if (pa == null || pb == null || a.equals(b) || !seen.add(a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a)) {
                continue;
            }
            Duration tolerance = c.tolerance() == null ? Duration.ZERO : c.tolerance();
            double allowed = samePlace + speedKmh / 3.6 * tolerance.toMillis() / 1000.0;
            double d = pa.minimumDistanceMetres(pb);
            if (d > allowed) {
                findings.add(new Finding(SAME_TIME_TOO_FAR, Severity.WARNING, c.id() + " says " + a + " and " + b
                        + " were recorded at the same time (within " + io.corroborate.model.Durations.format(tolerance) + "), but they are placed "
                        + metres(d) + " apart beyond their uncertainty (" + pa.label() + ", " + pb.label() + "); at most "
                        + metres(allowed) + " is plausible (" + metres(samePlace) + " plus " + fmt(speedKmh) + " km/h over the tolerance)",
                        List.of(a, b), List.of(c.id())));
            }
        }
    }

    private static List<String> cluesPlacing(String item, Place place, Map<String, List<Resolved>> analysts, Map<String, List<Resolved>> importers) {
        List<String> ids = new ArrayList<>();
        for (Map<String, List<Resolved>> side : List.of(analysts, importers)) {
            for (Resolved r : side.getOrDefault(item, List.of())) {
                if (r.place().equals(place)) {
                    ids.add(r.clue().id());
                }
            }
        }
        return ids;
    }

    static String metres(double m) {
        return m >= 1000 ? String.format(Locale.ROOT, "%.1f km", m / 1000) : String.format(Locale.ROOT, "%.0f m", m);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
