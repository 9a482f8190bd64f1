package io.corroborate.analysis.incidents;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Gazetteer;
import io.corroborate.model.Place;
import io.corroborate.model.TimeWindow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where and when each item was recorded, as far as earlier analyses (or the item's own clues) say. */
final class ItemFacts {
    private ItemFacts() {
    }

    /**
     * The places analysis's result; when it did not run (this module used alone), the item's own
     * {@code place} clues resolved the same way: the analyst's before the importer's, the most precise first.
     */
    static Map<String, Place> places(Case theCase, AnalysisResult soFar) {
        if (!soFar.places().isEmpty()) {
            return soFar.places();
        }
        Gazetteer g = theCase.gazetteer();
        Map<String, Place> analysts = new HashMap<>();
        for (Clue c : theCase.clues()) {
            if (ClueKinds.PLACE.equals(c.kind())) {
                resolve(g, c).ifPresent(p -> analysts.merge(c.item(), p, ItemFacts::morePrecise));
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

    private static Place morePrecise(Place a, Place b) {
        return b.radiusMetres() < a.radiusMetres() ? b : a;
    }

    private static Optional<Place> resolve(Gazetteer g, Clue c) {
        try {
            return Optional.of(g.resolve(c.value()));
        } catch (IllegalArgumentException e) {
            // the places analysis reports unresolvable clues
            return Optional.empty();
        }
    }

    /** The solved window, bounded above by the item's own publication. */
    static TimeWindow window(EvidenceItem item, AnalysisResult soFar) {
        TimeWindow solved = soFar.windowOf(item.id());
        if (item.publishedAt() == null) {
            return solved;
        }
        TimeWindow bounded = solved.intersect(new TimeWindow(null, item.publishedAt()));
        return bounded == null ? solved : bounded;
    }

    static List<Clue> cluesOfKind(Case theCase, String kind) {
        return theCase.allClues().stream().filter(c -> kind.equals(c.kind())).toList();
    }
}
