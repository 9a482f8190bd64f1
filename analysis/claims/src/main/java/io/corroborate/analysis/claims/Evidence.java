package io.corroborate.analysis.claims;

import io.corroborate.model.People;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Gazetteer;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.TimeWindow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the case shows, item by item: where and when (from earlier analyses, else the item's own
 * clues), the observations and the people seen. Built once per run and read by every claim.
 */
final class Evidence {
    final List<String> items;
    final Map<String, Place> places;
    final Map<String, TimeWindow> windows;
    final List<Observation> observations;
    final People people;

    private Evidence(List<String> items, Map<String, Place> places, Map<String, TimeWindow> windows, List<Observation> observations,
                     People people) {
        this.items = items;
        this.places = places;
        this.windows = windows;
        this.observations = observations;
        this.people = people;
    }

    static Evidence of(Case theCase, AnalysisResult soFar) {
        Map<String, EvidenceItem> byId = theCase.itemsById();
        Map<String, TimeWindow> windows = new HashMap<>();
        for (EvidenceItem i : theCase.items()) {
            TimeWindow solved = soFar.windowOf(i.id());
            TimeWindow bounded = i.publishedAt() == null ? solved : solved.intersect(new TimeWindow(null, i.publishedAt()));
            windows.put(i.id(), bounded == null ? solved : bounded);
        }
        List<Observation> observations = new ArrayList<>();
        for (Clue c : theCase.allClues()) {
            if (ClueKinds.OBSERVATION.equals(c.kind()) && byId.containsKey(c.item())) {
                try {
                    observations.add(Observation.parse(c.item(), c.value(), c.id(), c.note()));
                } catch (IllegalArgumentException e) {
                    // the incidents analysis reports a malformed observation
                }
            }
        }
        // the casualties analysis reports malformed casualty clues
        People people = People.read(theCase, byId.keySet(), new ArrayList<>());
        return new Evidence(List.copyOf(byId.keySet()), places(theCase, soFar), windows, List.copyOf(observations), people);
    }

    /** The places analysis's result; used alone, the item's own place clues (the analyst's first, the most precise). */
    private static Map<String, Place> places(Case theCase, AnalysisResult soFar) {
        if (!soFar.places().isEmpty()) {
            return soFar.places();
        }
        Gazetteer g = theCase.gazetteer();
        Map<String, Place> analysts = new HashMap<>();
        for (Clue c : theCase.clues()) {
            if (ClueKinds.PLACE.equals(c.kind())) {
                resolve(g, c).ifPresent(p -> analysts.merge(c.item(), p, (a, b) -> b.radiusMetres() < a.radiusMetres() ? b : a));
            }
        }
        Map<String, Place> places = new HashMap<>();
        for (EvidenceItem i : theCase.items()) {
            Place p = analysts.get(i.id());
            if (p == null) {
                p = i.clues().stream().filter(c -> ClueKinds.PLACE.equals(c.kind())).map(c -> resolve(g, c)).flatMap(Optional::stream)
                        .min(Comparator.comparingDouble(Place::radiusMetres)).orElse(null);
            }
            if (p != null) {
                places.put(i.id(), p);
            }
        }
        return places;
    }

    private static Optional<Place> resolve(Gazetteer g, Clue c) {
        try {
            return Optional.of(g.resolve(c.value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
