package io.corroborate.analysis.casualties;

import io.corroborate.model.People;
import io.corroborate.model.CaseSettings;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.Incident;
import io.corroborate.model.Place;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts the people shown killed or injured, for the case and per incident, as lower bounds: a person
 * id seen in several items is one person, {@code same-person} clues merge ids, and someone shown both
 * injured and killed counts as killed. Findings (errors): {@code killed-then-alive} when an item shows
 * a person killed wholly before another shows them injured or alive; {@code person-in-distant-incidents}
 * when one person is shown in two incidents, far apart, at overlapping times. Stateless; never throws
 * for a problem with the case.
 */
public final class CasualtiesAnalysis implements Analysis {
    public static final String ID = "casualties";
    public static final String KILLED_THEN_ALIVE = "killed-then-alive";
    public static final String DISTANT_INCIDENTS = "person-in-distant-incidents";
    public static final String SAME_PLACE_DISTANCE = "same-place-distance";
    public static final double DEFAULT_SAME_PLACE_DISTANCE = 500;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Counts distinct people killed and injured (lower bounds), per incident and for the case";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("incidents", "chronology", "reposts", "places");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        List<Finding> findings = new ArrayList<>();
        double samePlace = CaseSettings.metres(theCase, SAME_PLACE_DISTANCE, DEFAULT_SAME_PLACE_DISTANCE, ID, findings);
        Map<String, EvidenceItem> items = theCase.itemsById();
        People people = People.read(theCase, items.keySet(), findings);

        People.Counted total = people.count(null);
        CasualtyCount caseCount = CasualtyCount.of(total.killed(), total.injured());
        List<Incident> incidents = new ArrayList<>();
        for (Incident i : soFar.incidents()) {
            People.Counted c = people.count(new HashSet<>(i.items()));
            incidents.add(i.withCasualties(CasualtyCount.of(c.killed(), c.injured())));
        }

        Map<String, TimeWindow> windows = new HashMap<>();
        items.values().forEach(i -> windows.put(i.id(), window(i, soFar)));
        killedThenAlive(people, windows, theCase.zone(), findings);
        distantIncidents(people, soFar, windows, samePlace, theCase.zone(), findings);
        return AnalysisResult.ofFindings(findings).withCasualties(caseCount).withIncidents(incidents);
    }

    /** The solved window, bounded above by the item's own publication. */
    private static TimeWindow window(EvidenceItem item, AnalysisResult soFar) {
        TimeWindow solved = soFar.windowOf(item.id());
        if (item.publishedAt() == null) {
            return solved;
        }
        TimeWindow bounded = solved.intersect(new TimeWindow(null, item.publishedAt()));
        return bounded == null ? solved : bounded;
    }

    private static void killedThenAlive(People people, Map<String, TimeWindow> windows, ZoneId zone, List<Finding> findings) {
        for (List<People.Sighting> person : people.byPerson().values()) {
            for (People.Sighting dead : person) {
                if (dead.state() != People.State.KILLED) {
                    continue;
                }
                for (People.Sighting later : person) {
                    if (later.state() == People.State.KILLED || later.item().equals(dead.item())) {
                        continue;
                    }
                    TimeWindow wd = windows.get(dead.item());
                    TimeWindow wl = windows.get(later.item());
                    if (wd.whollyBefore(wl)) {
                        findings.add(new Finding(KILLED_THEN_ALIVE, Severity.ERROR, dead.person() + " is shown killed in " + dead.item()
                                + " (" + dead.clue() + "), recorded no later than " + local(wd.latest(), zone) + ", but " + later.item()
                                + " (" + later.clue() + "), recorded no earlier than " + local(wl.earliest(), zone) + " (" + zone.getId()
                                + "), shows them " + later.state().name().toLowerCase(Locale.ROOT)
                                + ": one of the two clues, the person ids or the windows is wrong",
                                List.of(dead.item(), later.item()), List.of(dead.clue(), later.clue())));
                    }
                }
            }
        }
    }

    /**
     * Items of two different incidents showing one person, whose windows overlap (both bounded) and
     * whose places are further apart than {@code same-place-distance} beyond their uncertainty.
     */
    private static void distantIncidents(People people, AnalysisResult soFar, Map<String, TimeWindow> windows, double samePlace,
                                         ZoneId zone, List<Finding> findings) {
        Map<String, List<Incident>> incidentsOf = new HashMap<>();
        for (Incident i : soFar.incidents()) {
            i.items().forEach(item -> incidentsOf.computeIfAbsent(item, k -> new ArrayList<>()).add(i));
        }
        Map<String, Finding> byPair = new LinkedHashMap<>();
        for (List<People.Sighting> person : people.byPerson().values()) {
            List<People.Sighting> s = person.stream().filter(x -> x.state() != People.State.ALIVE).toList();
            for (int a = 0; a < s.size(); a++) {
                for (int b = a + 1; b < s.size(); b++) {
                    pair(s.get(a), s.get(b), incidentsOf, soFar, windows, samePlace, zone, byPair);
                }
            }
        }
        findings.addAll(byPair.values());
    }

    private static void pair(People.Sighting x, People.Sighting y, Map<String, List<Incident>> incidentsOf, AnalysisResult soFar,
                             Map<String, TimeWindow> windows, double samePlace, ZoneId zone, Map<String, Finding> byPair) {
        if (x.item().equals(y.item())) {
            return;
        }
        TimeWindow wx = windows.get(x.item());
        TimeWindow wy = windows.get(y.item());
        if (!wx.isBounded() || !wy.isBounded() || wx.intersect(wy) == null) {
            return;
        }
        for (Incident ix : incidentsOf.getOrDefault(x.item(), List.of())) {
            for (Incident iy : incidentsOf.getOrDefault(y.item(), List.of())) {
                if (ix.id().equals(iy.id()) || ix.items().contains(y.item()) || iy.items().contains(x.item())) {
                    continue;
                }
                Place px = soFar.places().getOrDefault(x.item(), ix.place());
                Place py = soFar.places().getOrDefault(y.item(), iy.place());
                if (px == null || py == null || px.minimumDistanceMetres(py) <= samePlace) {
                    continue;
                }
                String first = ix.id().compareTo(iy.id()) < 0 ? ix.id() : iy.id();
                String second = first.equals(ix.id()) ? iy.id() : ix.id();
                byPair.putIfAbsent(x.person() + "\n" + first + "\n" + second, new Finding(DISTANT_INCIDENTS, Severity.ERROR,
                        x.person() + " is shown in " + ix.id() + " (" + x.item() + " at " + px.label() + ") and in " + iy.id()
                                + " (" + y.item() + " at " + py.label() + "), " + metres(px.minimumDistanceMetres(py))
                                + " apart, at overlapping times (" + local(wx.intersect(wy).earliest(), zone) + " to "
                                + local(wx.intersect(wy).latest(), zone) + ", " + zone.getId()
                                + "): the person id may be used for two people",
                        List.of(x.item(), y.item()), List.of(x.clue(), y.clue())));
            }
        }
    }

    private static String local(Instant t, ZoneId zone) {
        return LOCAL.format(t.atZone(zone));
    }

    private static String metres(double m) {
        return m >= 1000 ? String.format(Locale.ROOT, "%.1f km", m / 1000) : String.format(Locale.ROOT, "%.0f m", m);
    }
}
