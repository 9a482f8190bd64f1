package io.corroborate.analysis.corroboration;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.Corroboration;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.Observation;
import io.corroborate.spi.Analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For every observation label and every person shown killed or injured, the items that show it and
 * the number of independent sources among them ({@link Sources}), so a report can say "seen in 6
 * videos from 4 sources". Entries come per incident (the incident's own items), then for the whole
 * case ({@code incident} absent). Stateless; never throws for a problem with the case.
 */
public final class CorroborationAnalysis implements Analysis {
    public static final String ID = "corroboration";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Counts the independent sources (repost groups and authors) behind each observation and casualty";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("reposts", "incidents", "casualties");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        Map<String, EvidenceItem> items = theCase.itemsById();
        Sources sources = new Sources(items, soFar.repostGroups());
        List<Corroboration> out = new ArrayList<>();
        for (Incident incident : soFar.incidents()) {
            add(byLabel(incident.observations()), incident.id(), sources, out);
            add(people(incident.casualties()), incident.id(), sources, out);
        }
        List<Observation> all = new ArrayList<>();
        for (Clue c : theCase.allClues()) {
            if (ClueKinds.OBSERVATION.equals(c.kind()) && items.containsKey(c.item())) {
                try {
                    all.add(Observation.parse(c.item(), c.value(), c.id(), c.note()));
                } catch (IllegalArgumentException e) {
                    // the incidents analysis reports a malformed observation
                }
            }
        }
        add(byLabel(all), null, sources, out);
        add(soFar.casualties() != null ? people(soFar.casualties()) : people(theCase, items.keySet()), null, sources, out);
        return AnalysisResult.EMPTY.withCorroborations(out);
    }

    private static Map<String, Set<String>> byLabel(List<Observation> observations) {
        Map<String, Set<String>> by = new TreeMap<>();
        observations.forEach(o -> by.computeIfAbsent(o.label(), k -> new TreeSet<>()).add(o.item()));
        return by;
    }

    private static Map<String, Set<String>> people(CasualtyCount count) {
        Map<String, Set<String>> by = new TreeMap<>();
        count.killedPeople().forEach((p, shownIn) -> by.computeIfAbsent(p, k -> new TreeSet<>()).addAll(shownIn));
        count.injuredPeople().forEach((p, shownIn) -> by.computeIfAbsent(p, k -> new TreeSet<>()).addAll(shownIn));
        return by;
    }

    /** Used without the casualties analysis: each casualty clue's person id as written, without same-person merging. */
    private static Map<String, Set<String>> people(Case theCase, Set<String> items) {
        Map<String, Set<String>> by = new TreeMap<>();
        for (Clue c : theCase.allClues()) {
            String[] parts = c.value().strip().split("\\s+");
            if (ClueKinds.CASUALTY.equals(c.kind()) && items.contains(c.item()) && parts.length == 2
                    && Set.of("killed", "dead", "injured", "wounded").contains(parts[1].toLowerCase(java.util.Locale.ROOT))) {
                by.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(c.item());
            }
        }
        return by;
    }

    private static void add(Map<String, Set<String>> bySubject, String incident, Sources sources, Collection<Corroboration> out) {
        bySubject.forEach((subject, shownIn) -> out.add(new Corroboration(subject, incident, List.copyOf(shownIn), sources.count(shownIn))));
    }
}
