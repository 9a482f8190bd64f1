package io.corroborate.exporter.csv;

import io.corroborate.model.ItemStatus;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.RepostGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What the sheets need to know about one item, looked up once per export. */
final class CaseView {
    private final AnalysisResult result;
    private final Map<String, TreeSet<String>> incidentsByItem = new HashMap<>();
    private final Map<String, RepostGroup> groupByItem = new HashMap<>();

    CaseView(AnalysisResult result) {
        this.result = result;
        for (Incident i : result.incidents()) {
            for (String item : i.items()) {
                incidentsByItem.computeIfAbsent(item, k -> new TreeSet<>()).add(i.id());
            }
        }
        for (RepostGroup g : result.repostGroups()) {
            for (String member : g.members()) {
                groupByItem.putIfAbsent(member, g);
            }
        }
    }

    /** The ids of the incidents an item belongs to, sorted. */
    List<String> incidents(String item) {
        return new ArrayList<>(incidentsByItem.getOrDefault(item, new TreeSet<>()));
    }

    RepostGroup repostGroup(String item) {
        return groupByItem.get(item);
    }

    ItemStatus status(String item) {
        return ItemStatus.of(result.windows().get(item), result.places().get(item));
    }

    /** The item's title, or else the first line of its text, at most {@value #EXCERPT} characters. */
    static String title(EvidenceItem item) {
        String t = item.title() != null ? item.title() : item.text();
        if (t == null) {
            return null;
        }
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (line.length() <= EXCERPT) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(EXCERPT - 2)) ? EXCERPT - 2 : EXCERPT - 1;
        return line.substring(0, cut) + "…";
    }

    static final int EXCERPT = 200;
}
