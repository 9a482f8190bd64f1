package io.corroborate.analysis.scope;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Flags items recorded wholly outside the case's time range ({@code outside-time-range}, warning) and
 * items nothing dates at all ({@code undated}, info). An item's time is its solved window
 * ({@code soFar.windowOf}); when no analysis solved it, its publication time, which bounds the
 * recording from above. Stateless; never throws for a problem with the case.
 */
public final class ScopeAnalysis implements Analysis {
    public static final String ID = "scope";
    public static final String OUTSIDE_TIME_RANGE = "outside-time-range";
    public static final String UNDATED = "undated";

    /** Clue kinds that say something about when an item was recorded. */
    static final Set<String> TIME_KINDS = Set.of(ClueKinds.DATE, ClueKinds.CLOCK, ClueKinds.NOT_BEFORE, ClueKinds.NOT_AFTER,
            ClueKinds.BEFORE, ClueKinds.AFTER, ClueKinds.SAME_TIME, ClueKinds.SUN, ClueKinds.PUBLISHED, ClueKinds.METADATA,
            ClueKinds.EDITED);
    private static final Set<String> RELATIVE_KINDS = Set.of(ClueKinds.BEFORE, ClueKinds.AFTER, ClueKinds.SAME_TIME);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Flags items recorded wholly outside the case's time range, and items with no time clue at all";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("chronology", "reposts");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        Set<String> timed = new HashSet<>();
        for (Clue c : theCase.allClues()) {
            if (TIME_KINDS.contains(c.kind())) {
                timed.add(c.item());
                // a relative clue dates the other item too
                if (RELATIVE_KINDS.contains(c.kind())) {
                    timed.add(c.value());
                }
            }
        }
        TimeWindow range = theCase.timeRange();
        boolean hasRange = range != null && (range.earliest() != null || range.latest() != null);
        List<Finding> findings = new ArrayList<>();
        for (EvidenceItem item : theCase.items()) {
            ItemWindow solved = soFar.windows().get(item.id());
            TimeWindow window = timeOf(item, solved);
            if (hasRange && (window.whollyBefore(range) || range.whollyBefore(window))) {
                boolean before = window.whollyBefore(range);
                List<String> binding = solved == null || solved.window() != window ? List.of()
                        : before ? solved.latestBoundBy() : solved.earliestBoundBy();
                findings.add(new Finding(OUTSIDE_TIME_RANGE, Severity.WARNING,
                        item.id() + " was recorded " + describe(window, theCase.zone()) + ", wholly "
                                + (before ? "before" : "after") + " the case's time range " + describe(range, theCase.zone()),
                        List.of(item.id()), binding));
            } else if (!timed.contains(item.id()) && item.publishedAt() == null
                    && window.earliest() == null && window.latest() == null) {
                findings.add(new Finding(UNDATED, Severity.INFO,
                        item.id() + " has no time clue and no publication time, so nothing places it in time",
                        List.of(item.id()), List.of()));
            }
        }
        return AnalysisResult.ofFindings(findings);
    }

    /** The solved window when it bounds the item on some side, else what the publication time says. */
    static TimeWindow timeOf(EvidenceItem item, ItemWindow solved) {
        if (solved != null && (solved.window().earliest() != null || solved.window().latest() != null)) {
            return solved.window();
        }
        // publication ends the recording, so it bounds the recording from above only
        return item.publishedAt() == null ? TimeWindow.UNBOUNDED : new TimeWindow(null, item.publishedAt());
    }

    /** "between 2022-01-05 15:00 and 2022-01-05 15:20 (Asia/Almaty)", or "no later than ..." for a half-open window. */
    static String describe(TimeWindow w, ZoneId zone) {
        String z = " (" + zone.getId() + ")";
        if (w.earliest() != null && w.latest() != null) {
            return "between " + local(w.earliest(), zone) + " and " + local(w.latest(), zone) + z;
        }
        if (w.latest() != null) {
            return "no later than " + local(w.latest(), zone) + z;
        }
        return w.earliest() == null ? "at an unknown time" : "no earlier than " + local(w.earliest(), zone) + z;
    }

    private static String local(Instant t, ZoneId zone) {
        return LOCAL.format(t.atZone(zone));
    }
}
