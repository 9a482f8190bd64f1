package io.corroborate.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What analyses derive from a case. Each analysis returns only its own parts; the host merges them
 * in order ({@link #merge}), and later analyses read what earlier ones derived.
 *
 * @param findings     everything an investigator should read, in the order found
 * @param places       item id to its resolved place
 * @param windows      item id to its solved recording window
 * @param repostGroups same-content groups with their first known upload
 * @param incidents    items grouped into events
 * @param casualties   case-wide lower bounds
 * @param verdicts     one per claim
 * @param corroborations how many independent sources show each observation or casualty
 */
public record AnalysisResult(List<Finding> findings, Map<String, Place> places, Map<String, ItemWindow> windows,
                             List<RepostGroup> repostGroups, List<Incident> incidents, CasualtyCount casualties,
                             List<ClaimVerdict> verdicts, List<Corroboration> corroborations) {
    public static final AnalysisResult EMPTY = new AnalysisResult(null, null, null, null, null, null, null, null);

    public AnalysisResult {
        findings = Text.list(findings);
        places = Text.sortedMap(places);
        windows = Text.sortedMap(windows);
        repostGroups = Text.list(repostGroups);
        incidents = Text.list(incidents);
        verdicts = Text.list(verdicts);
        corroborations = Text.list(corroborations);
    }

    public static AnalysisResult ofFindings(List<Finding> findings) {
        return new AnalysisResult(findings, null, null, null, null, null, null, null);
    }

    public AnalysisResult withFindings(List<Finding> f) { return new AnalysisResult(f, places, windows, repostGroups, incidents, casualties, verdicts, corroborations); }
    public AnalysisResult withPlaces(Map<String, Place> p) { return new AnalysisResult(findings, p, windows, repostGroups, incidents, casualties, verdicts, corroborations); }
    public AnalysisResult withWindows(Map<String, ItemWindow> w) { return new AnalysisResult(findings, places, w, repostGroups, incidents, casualties, verdicts, corroborations); }
    public AnalysisResult withRepostGroups(List<RepostGroup> r) { return new AnalysisResult(findings, places, windows, r, incidents, casualties, verdicts, corroborations); }
    public AnalysisResult withIncidents(List<Incident> i) { return new AnalysisResult(findings, places, windows, repostGroups, i, casualties, verdicts, corroborations); }
    public AnalysisResult withCasualties(CasualtyCount c) { return new AnalysisResult(findings, places, windows, repostGroups, incidents, c, verdicts, corroborations); }
    public AnalysisResult withVerdicts(List<ClaimVerdict> v) { return new AnalysisResult(findings, places, windows, repostGroups, incidents, casualties, v, corroborations); }
    public AnalysisResult withCorroborations(List<Corroboration> c) { return new AnalysisResult(findings, places, windows, repostGroups, incidents, casualties, verdicts, c); }

    /**
     * This result with {@code later}'s parts laid over it: findings are appended; maps are merged,
     * {@code later} winning per key; any non-empty list or non-null count of {@code later} replaces ours
     * (an analysis that refines incidents returns the whole refined list).
     */
    public AnalysisResult merge(AnalysisResult later) {
        List<Finding> f = new ArrayList<>(findings);
        f.addAll(later.findings);
        Map<String, Place> p = new LinkedHashMap<>(places);
        p.putAll(later.places);
        Map<String, ItemWindow> w = new LinkedHashMap<>(windows);
        w.putAll(later.windows);
        return new AnalysisResult(f, p, w,
                later.repostGroups.isEmpty() ? repostGroups : later.repostGroups,
                later.incidents.isEmpty() ? incidents : later.incidents,
                later.casualties == null ? casualties : later.casualties,
                later.verdicts.isEmpty() ? verdicts : later.verdicts,
                later.corroborations.isEmpty() ? corroborations : later.corroborations);
    }

    /** The window of an item, or an unbounded one when no analysis solved it. */
    public TimeWindow windowOf(String item) {
        ItemWindow w = windows.get(item);
        return w == null ? TimeWindow.UNBOUNDED : w.window();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(x -> x.severity() == Severity.ERROR);
    }

    /** Findings sorted by severity (errors first), then kind, then message. */
    public List<Finding> findingsBySeverity() {
        List<Finding> s = new ArrayList<>(findings);
        s.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::kind).thenComparing(Finding::message));
        return s;
    }
}
