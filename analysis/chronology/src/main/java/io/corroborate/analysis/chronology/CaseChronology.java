package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.Durations;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.Gazetteer;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Place;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One run of the chronology over one case: reads the clues, builds the network, solves it, reports. */
final class CaseChronology {
    static final Set<String> TIME_KINDS = Set.of(ClueKinds.DATE, ClueKinds.CLOCK, ClueKinds.NOT_BEFORE, ClueKinds.NOT_AFTER,
            ClueKinds.BEFORE, ClueKinds.AFTER, ClueKinds.SAME_TIME, ClueKinds.SUN, ClueKinds.DURATION, ClueKinds.PUBLISHED,
            ClueKinds.METADATA, ClueKinds.EDITED);
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);
    /** Longest span of candidate days a sun clue or a date-less clock is tried over. */
    static final long MAX_CANDIDATE_DAYS = 400;
    private static final long DAY = 86_400;

    // trust tiers: the lowest tier present in a conflict is set aside
    private static final int ANALYST = 0;
    private static final int FILE_METADATA = 1;
    private static final int PLATFORM = 2;

    /** A bound on an item's start (or, for {@code end}, on the end of its recording). */
    private static final long SECONDS_PER_YEAR = 31_556_952L;
    /** The largest time (seconds from 1970) or span a clue may give: a quarter of what the network holds, so sums stay inside it. */
    static final long PLAUSIBLE = TemporalNetwork.MAX_MAGNITUDE / 4;

    private record Bound(int label, int item, boolean end, long low, long high) {
    }

    /** The item's start lies in one of these intervals. */
    private record Choice(int label, int item, long[] low, long[] high) {
    }

    /** A relation between the starts (and ends) of two items. */
    private record Link(int label, int item, int other, String kind, long gap) {
    }

    /** The recording lasts at least {@code seconds} (something is seen that far into it). */
    private record AtLeast(int label, int item, long seconds) {
    }

    /** A clue that needs candidate days before it becomes a choice: a sun clue or a clock without a date. */
    private record Deferred(int label, int item, long offset, SunCondition sun, ClueTimes.Reading clock, long tolerance) {
    }

    private final Case theCase;
    private final AnalysisResult soFar;
    private final ZoneId zone;
    private final List<Clue> clues;
    private final int sheetClues;
    private final List<EvidenceItem> items;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    /** Warnings with the index of the clue they concern, reported in clue order. */
    private final List<Map.Entry<Integer, Finding>> warnings = new ArrayList<>();
    private final List<Bound> bounds = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<AtLeast> atLeast = new ArrayList<>();
    private final List<Deferred> deferred = new ArrayList<>();
    private final Map<Integer, Long> durationClue = new LinkedHashMap<>();
    private final Map<Integer, String> aloneReason = new HashMap<>();
    private final Map<Integer, String> otherItem = new HashMap<>();
    private final LocalDate[] dateOf;
    private final List<List<Integer>> durationLabels;
    private int[] start;
    private int[] end;
    private Map<String, List<Integer>> placeClues;
    private Gazetteer gazetteer;

    CaseChronology(Case theCase, AnalysisResult soFar) {
        this.theCase = theCase;
        this.soFar = soFar;
        this.zone = theCase.zone();
        this.clues = theCase.allClues();
        this.sheetClues = theCase.clues().size();
        this.items = theCase.items();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).id(), i);
        }
        this.dateOf = new LocalDate[items.size()];
        this.durationLabels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            durationLabels.add(new ArrayList<>());
        }
    }

    AnalysisResult run() {
        readDatesAndDurations();
        for (int label = 0; label < clues.size(); label++) {
            Clue c = clues.get(label);
            String kind = kindOf(c);
            if (!TIME_KINDS.contains(kind) || kind.equals(ClueKinds.DATE) || kind.equals(ClueKinds.DURATION)) {
                continue;
            }
            Integer item = itemIndex.get(c.item());
            if (item == null) {
                continue;
            }
            try {
                read(label, c, kind, item);
            } catch (IllegalArgumentException e) {
                unreadable(label, c, kind, e.getMessage());
            }
        }
        Solver solver = new Solver();
        ConflictPolicy policy = this::setAside;
        if (!deferred.isEmpty()) {
            dropImplausible();
            Solution first = solver.solve(network(), policy);
            resolveDeferred(first);
        }
        dropImplausible();
        Solution solution = solver.solve(network(), policy);
        return report(solution);
    }

    /**
     * Sets aside, as unreadable, every clue whose time or span lies beyond {@link #PLAUSIBLE} seconds
     * (about 790 years) from 1970: no recording has such a time, and the solver's distances must stay
     * far below {@link TemporalNetwork#MAX_MAGNITUDE} (a damaged date such as 6058-01-05 once stopped the
     * whole analysis).
     */
    private void dropImplausible() {
        Set<Integer> bad = new TreeSet<>();
        for (Bound b : bounds) {
            if (implausible(b.low()) || implausible(b.high())) {
                bad.add(b.label());
            }
        }
        for (Choice c : choices) {
            for (int k = 0; k < c.low().length; k++) {
                if (implausible(c.low()[k]) || implausible(c.high()[k])) {
                    bad.add(c.label());
                }
            }
        }
        links.stream().filter(k -> implausible(k.gap())).forEach(k -> bad.add(k.label()));
        atLeast.stream().filter(a -> implausible(a.seconds())).forEach(a -> bad.add(a.label()));
        durationClue.forEach((label, seconds) -> {
            if (implausible(seconds)) {
                bad.add(label);
            }
        });
        bad.remove(TemporalNetwork.NO_LABEL);
        if (bad.isEmpty()) {
            return;
        }
        for (int label : bad) {
            Clue c = clues.get(label);
            unreadable(label, c, kindOf(c), "it lies more than " + PLAUSIBLE / SECONDS_PER_YEAR + " years from 1970, which no recording time or length does");
        }
        bounds.removeIf(b -> bad.contains(b.label()));
        choices.removeIf(c -> bad.contains(c.label()));
        links.removeIf(k -> bad.contains(k.label()));
        atLeast.removeIf(a -> bad.contains(a.label()));
        durationClue.keySet().removeAll(bad);
        durationLabels.forEach(l -> l.removeAll(bad));
    }

    private static boolean implausible(long v) {
        return v != TemporalNetwork.OPEN_BELOW && v != TemporalNetwork.OPEN_ABOVE && (v > PLAUSIBLE || v < -PLAUSIBLE);
    }

    private static String kindOf(Clue c) {
        return c.kind().strip().toLowerCase(Locale.ROOT);
    }

    /** Dates and durations first: clocks read against the date, and the end point exists only with a duration. */
    private void readDatesAndDurations() {
        for (int label = 0; label < clues.size(); label++) {
            Clue c = clues.get(label);
            String kind = kindOf(c);
            if (!TIME_KINDS.contains(kind)) {
                continue;
            }
            Integer item = itemIndex.get(c.item());
            if (item == null) {
                warn(label, "clue-unknown-item", c.id() + " (" + kind + ") is about '" + c.item()
                        + "', which is not an item of the case; the clue is ignored", List.of(), List.of(c.id()));
                continue;
            }
            try {
                if (kind.equals(ClueKinds.DATE)) {
                    LocalDate d = ClueTimes.date(c.value(), "expected a local date like 2022-01-05");
                    if (dateOf[item] == null) {
                        dateOf[item] = d;
                    }
                    ClueTimes.Span day = ClueTimes.dayOf(d, zone);
                    bounds.add(new Bound(label, item, false, day.earliest(), day.latest()));
                } else if (kind.equals(ClueKinds.DURATION)) {
                    long seconds = ClueTimes.seconds(parseDuration(c.value()));
                    durationClue.put(label, seconds);
                    durationLabels.get(item).add(label);
                }
            } catch (IllegalArgumentException e) {
                unreadable(label, c, kind, e.getMessage());
            }
        }
    }

    private static Duration parseDuration(String value) {
        try {
            return Durations.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected a duration like 41s, 2m or 1m30s");
        }
    }

    private void read(int label, Clue c, String kind, int item) {
        switch (kind) {
            case ClueKinds.CLOCK:
                readClock(label, c, item);
                break;
            case ClueKinds.NOT_BEFORE: {
                ClueTimes.Span s = ClueTimes.span(c.value(), zone, true);
                bounds.add(new Bound(label, item, false, s.earliest() - tolerance(c, Duration.ZERO), TemporalNetwork.OPEN_ABOVE));
                break;
            }
            case ClueKinds.NOT_AFTER:
            case ClueKinds.EDITED: {
                ClueTimes.Span s = ClueTimes.span(c.value(), zone, true);
                bounds.add(new Bound(label, item, true, TemporalNetwork.OPEN_BELOW, s.latest() + tolerance(c, Duration.ZERO)));
                break;
            }
            case ClueKinds.PUBLISHED: {
                String v = c.value();
                int slash = v.indexOf('/');
                ClueTimes.Span s = ClueTimes.span(slash < 0 ? v : v.substring(slash + 1), zone, true);
                bounds.add(new Bound(label, item, true, TemporalNetwork.OPEN_BELOW, s.latest() + tolerance(c, Duration.ZERO)));
                break;
            }
            case ClueKinds.METADATA:
                readMetadata(label, c, item);
                break;
            case ClueKinds.BEFORE:
            case ClueKinds.AFTER:
            case ClueKinds.SAME_TIME:
                readLink(label, c, kind, item);
                break;
            case ClueKinds.SUN: {
                SunCondition sun = SunCondition.parse(c.value());
                long offset = ClueTimes.offset(c.note());
                addAtLeast(label, item, offset);
                deferred.add(new Deferred(label, item, offset, sun, null, tolerance(c, sun.defaultTolerance())));
                break;
            }
            default:
                throw new IllegalStateException("kind " + kind + " has no reader");
        }
    }

    private void readClock(int label, Clue c, int item) {
        ClueTimes.Reading r = ClueTimes.reading(c.value());
        long tol = tolerance(c, CLOCK_TOLERANCE);
        long offset = ClueTimes.offset(c.note());
        addAtLeast(label, item, offset);
        long[] at;
        if (r.instant() != null) {
            at = new long[] {r.instant()};
        } else if (r.date() != null) {
            at = ClueTimes.instants(LocalDateTime.of(r.date(), r.time()), zone);
        } else if (dateOf[item] != null) {
            at = ClueTimes.instants(LocalDateTime.of(dateOf[item], r.time()), zone);
        } else {
            deferred.add(new Deferred(label, item, offset, null, r, tol));
            return;
        }
        long[] low = new long[at.length];
        long[] high = new long[at.length];
        for (int k = 0; k < at.length; k++) {
            low[k] = at[k] - tol - offset;
            high[k] = at[k] + r.resolution() + tol - offset;
        }
        addChoice(label, item, low, high);
    }

    private void readMetadata(int label, Clue c, int item) {
        long tol = tolerance(c, Duration.ZERO);
        List<long[]> alternatives = new ArrayList<>();
        for (String part : c.value().split("\\s*\\|\\s*", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("an alternative is empty; " + ClueTimes.EXPECTED_INSTANT + ", alternatives separated by ' | '");
            }
            int slash = part.indexOf('/');
            if (slash >= 0) {
                ClueTimes.Span a = ClueTimes.span(part.substring(0, slash), zone, false);
                ClueTimes.Span b = ClueTimes.span(part.substring(slash + 1), zone, false);
                if (b.latest() < a.earliest()) {
                    throw new IllegalArgumentException("interval " + part + " ends before it starts");
                }
                alternatives.add(new long[] {a.earliest() - tol, b.latest() + tol});
            } else {
                String v = part.strip();
                ClueTimes.Span s = ClueTimes.span(v, zone, false);
                // a local reading may mean two instants around a clock change: each is an alternative
                alternatives.add(new long[] {s.earliest() - tol, s.earliest() + tol});
                if (s.latest() != s.earliest()) {
                    alternatives.add(new long[] {s.latest() - tol, s.latest() + tol});
                }
            }
        }
        long[] low = new long[alternatives.size()];
        long[] high = new long[alternatives.size()];
        for (int k = 0; k < low.length; k++) {
            low[k] = alternatives.get(k)[0];
            high[k] = alternatives.get(k)[1];
        }
        addChoice(label, item, low, high);
    }

    private void readLink(int label, Clue c, String kind, int item) {
        String otherId = c.value();
        Integer other = itemIndex.get(otherId);
        if (otherId.isEmpty()) {
            throw new IllegalArgumentException("expected the id of another item of the case");
        }
        if (other == null) {
            warn(label, "clue-unknown-item", c.id() + " (" + kind + ") refers to '" + otherId
                    + "', which is not an item of the case; the clue is ignored", List.of(c.item()), List.of(c.id()));
            return;
        }
        if (other == item) {
            warn(label, "clue-ignored", c.id() + " (" + kind + ") relates " + c.item() + " to itself; the clue is ignored",
                    List.of(c.item()), List.of(c.id()));
            return;
        }
        otherItem.put(label, otherId);
        links.add(new Link(label, item, other, kind, tolerance(c, Duration.ZERO)));
    }

    private void addChoice(int label, int item, long[] low, long[] high) {
        if (low.length == 1) {
            bounds.add(new Bound(label, item, false, low[0], high[0]));
        } else {
            choices.add(new Choice(label, item, low, high));
        }
    }

    private void addAtLeast(int label, int item, long offset) {
        if (offset > 0) {
            atLeast.add(new AtLeast(label, item, offset));
        }
    }

    private static long tolerance(Clue c, Duration fallback) {
        return ClueTimes.seconds(c.tolerance() == null ? fallback : c.tolerance());
    }

    /** Turns sun clues and date-less clocks into choices over the candidate days of the first solution. */
    private void resolveDeferred(Solution first) {
        for (Deferred d : deferred) {
            Clue c = clues.get(d.label());
            String itemId = items.get(d.item()).id();
            long lo;
            long hi;
            String source;
            long e = first.earliest(start[d.item()]);
            long l = first.latest(start[d.item()]);
            TimeWindow range = theCase.timeRange();
            if (e != Solution.UNBOUNDED_EARLIEST && l != Solution.UNBOUNDED_LATEST) {
                lo = e;
                hi = l;
                source = "the item's window from its other clues";
            } else if (range != null && range.isBounded()) {
                lo = range.earliest().getEpochSecond();
                hi = range.latest().getEpochSecond();
                source = "the case's time range";
            } else {
                warn(d.label(), "clue-ignored", c.id() + " (" + kindOf(c) + ") in " + itemId + " needs candidate days: give the item a date"
                        + " clue or other time clues, or the case a time range; the clue is ignored", List.of(itemId), List.of(c.id()));
                continue;
            }
            if ((hi - lo) / DAY > MAX_CANDIDATE_DAYS) {
                warn(d.label(), "clue-ignored", c.id() + " (" + kindOf(c) + ") in " + itemId + " would have to be tried over more than "
                        + MAX_CANDIDATE_DAYS + " candidate days (" + source + "); narrow the item's date; the clue is ignored",
                        List.of(itemId), List.of(c.id()));
                continue;
            }
            List<long[]> intervals;
            if (d.sun() != null) {
                Place place = placeOf(d.item());
                if (place == null) {
                    warn(d.label(), "clue-ignored", c.id() + " (sun) in " + itemId + " needs the item's place (a place clue); the clue is ignored",
                            List.of(itemId), List.of(c.id()));
                    continue;
                }
                intervals = new SunIntervals(place.point().lat(), place.point().lon(), zone)
                        .where(d.sun(), lo + d.offset(), hi + d.offset(), d.tolerance());
            } else {
                intervals = clockOverDays(d, lo + d.offset(), hi + d.offset());
            }
            boolean fromRange = e == Solution.UNBOUNDED_EARLIEST || l == Solution.UNBOUNDED_LATEST;
            List<long[]> kept = new ArrayList<>();
            for (long[] iv : intervals) {
                long a = iv[0] - d.offset();
                long b = iv[1] - d.offset();
                if (fromRange) {
                    // nothing else confines the item, so the case's time range does
                    a = Math.max(a, lo);
                    b = Math.min(b, hi);
                }
                if (a <= b) {
                    kept.add(new long[] {a, b});
                }
            }
            long[] low = new long[kept.size()];
            long[] high = new long[kept.size()];
            for (int k = 0; k < low.length; k++) {
                low[k] = kept.get(k)[0];
                high[k] = kept.get(k)[1];
            }
            LocalDate firstDay = Instant.ofEpochSecond(lo + d.offset()).atZone(zone).toLocalDate().minusDays(1);
            LocalDate lastDay = Instant.ofEpochSecond(hi + d.offset()).atZone(zone).toLocalDate().plusDays(1);
            aloneReason.put(d.label(), "on any day from " + firstDay + " to " + lastDay + " (candidate days from " + source + ")");
            choices.add(new Choice(d.label(), d.item(), low, high));
        }
    }

    private List<long[]> clockOverDays(Deferred d, long lo, long hi) {
        List<long[]> out = new ArrayList<>();
        LocalDate day = Instant.ofEpochSecond(lo).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochSecond(hi).atZone(zone).toLocalDate().plusDays(1);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (long t : ClueTimes.instants(LocalDateTime.of(day, d.clock().time()), zone)) {
                out.add(new long[] {t - d.tolerance(), t + d.clock().resolution() + d.tolerance()});
            }
        }
        return SunIntervals.merge(out);
    }

    /**
     * The item's place: from the places analysis, else by its rule (docs/analyses.md): the analysts' place
     * clues win over the importers', then the smallest radius, then the first in clue order.
     */
    private Place placeOf(int item) {
        String id = items.get(item).id();
        Place p = soFar.places().get(id);
        if (p != null) {
            return p;
        }
        if (placeClues == null) {
            placeClues = new HashMap<>();
            gazetteer = theCase.gazetteer();
            for (int label = 0; label < clues.size(); label++) {
                Clue c = clues.get(label);
                if (kindOf(c).equals(ClueKinds.PLACE)) {
                    placeClues.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(label);
                }
            }
        }
        Place best = null;
        boolean bestFromSheet = false;
        for (int label : placeClues.getOrDefault(id, List.of())) {
            Place candidate;
            try {
                candidate = gazetteer.resolve(clues.get(label).value());
            } catch (IllegalArgumentException e) {
                // the places analysis reports unresolvable places; try the next clue
                continue;
            }
            boolean fromSheet = label < sheetClues;
            if (best == null || (fromSheet && !bestFromSheet)
                    || (fromSheet == bestFromSheet && candidate.radiusMetres() < best.radiusMetres())) {
                best = candidate;
                bestFromSheet = fromSheet;
            }
        }
        return best;
    }

    private TemporalNetwork network() {
        TemporalNetwork net = new TemporalNetwork();
        start = new int[items.size()];
        end = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            start[i] = net.addPoint();
            List<Integer> given = durationLabels.get(i);
            Long media = mediaSeconds(items.get(i));
            if (given.isEmpty() && media == null) {
                end[i] = start[i];
                continue;
            }
            end[i] = net.addPoint();
            net.addConstraint(end[i], start[i], 0, TemporalNetwork.NO_LABEL);
            if (given.isEmpty()) {
                net.addDistance(start[i], end[i], media, media, TemporalNetwork.NO_LABEL);
            }
            for (int label : given) {
                long d = durationClue.get(label);
                net.addDistance(start[i], end[i], d, d, label);
            }
        }
        for (Bound b : bounds) {
            net.addRange(b.end() ? end[b.item()] : start[b.item()], b.low(), b.high(), b.label());
        }
        for (Choice c : choices) {
            net.addDisjunction(start[c.item()], c.low(), c.high(), c.label());
        }
        for (Link k : links) {
            int a = k.item();
            int b = k.other();
            switch (k.kind()) {
                case ClueKinds.BEFORE:
                    net.addConstraint(start[b], start[a], -k.gap(), k.label());
                    break;
                case ClueKinds.AFTER:
                    net.addConstraint(start[a], start[b], -k.gap(), k.label());
                    break;
                default:
                    // same time: the two recordings overlap, allowing the tolerance between them
                    net.addConstraint(end[b], start[a], k.gap(), k.label());
                    net.addConstraint(end[a], start[b], k.gap(), k.label());
                    break;
            }
        }
        for (AtLeast a : atLeast) {
            if (end[a.item()] != start[a.item()]) {
                net.addConstraint(end[a.item()], start[a.item()], -a.seconds(), a.label());
                aloneReason.putIfAbsent(a.label(), "within the length of " + items.get(a.item()).id());
            }
        }
        return net;
    }

    /** Longest media duration of the item, to the second; null when none is known. */
    private static Long mediaSeconds(EvidenceItem item) {
        Double longest = null;
        for (MediaRef m : item.media()) {
            if (m.durationSeconds() != null && (longest == null || m.durationSeconds() > longest)) {
                longest = m.durationSeconds();
            }
        }
        // a damaged length beyond what any recording has is no length at all
        return longest == null || longest > PLAUSIBLE ? null : Math.round(longest);
    }

    private int tier(int label) {
        if (label < sheetClues) {
            return ANALYST;
        }
        return kindOf(clues.get(label)).equals(ClueKinds.METADATA) ? FILE_METADATA : PLATFORM;
    }

    /** Sets aside the least trusted clues of a conflict: the analysts', else file metadata, else the platforms'. */
    private List<Integer> setAside(List<Integer> conflict) {
        int lowest = conflict.stream().mapToInt(this::tier).min().orElse(ANALYST);
        return conflict.stream().filter(l -> tier(l) == lowest).toList();
    }

    private AnalysisResult report(Solution solution) {
        BitSet inconsistent = new BitSet();
        List<Finding> conflicts = new ArrayList<>();
        for (Conflict c : solution.conflicts()) {
            conflicts.add(conflictFinding(c));
            for (int label : c.dropped()) {
                inconsistent.set(itemIndex.get(clues.get(label).item()));
                String other = otherItem.get(label);
                if (other != null) {
                    inconsistent.set(itemIndex.get(other));
                }
            }
        }
        Map<String, ItemWindow> windows = new LinkedHashMap<>();
        List<String> approximate = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).id();
            long e = solution.earliest(start[i]);
            long l = solution.latest(end[i]);
            TimeWindow w = new TimeWindow(e == Solution.UNBOUNDED_EARLIEST ? null : Instant.ofEpochSecond(e),
                    l == Solution.UNBOUNDED_LATEST ? null : Instant.ofEpochSecond(l));
            windows.put(id, new ItemWindow(id, w, ids(solution.earliestBoundBy(start[i])), ids(solution.latestBoundBy(end[i])),
                    !inconsistent.get(i) && solution.resolved(start[i])));
            if (solution.approximate(start[i])) {
                approximate.add(id);
            }
        }
        List<Finding> findings = new ArrayList<>();
        warnings.stream().sorted(Map.Entry.comparingByKey()).forEach(w -> findings.add(w.getValue()));
        if (!approximate.isEmpty()) {
            findings.add(new Finding("chronology-approximate", Severity.INFO, "the windows of " + approximate.size()
                    + " item(s) combine too many alternative readings (sun, file metadata, clock changes) to enumerate;"
                    + " they are safe over-estimates that may be wider than the clues allow", approximate, List.of()));
        }
        findings.addAll(conflicts);
        return AnalysisResult.ofFindings(findings).withWindows(windows);
    }

    private List<String> ids(int[] labels) {
        List<String> out = new ArrayList<>(labels.length);
        for (int l : labels) {
            out.add(clues.get(l).id());
        }
        return out;
    }

    private Finding conflictFinding(Conflict c) {
        List<Integer> order = new ArrayList<>(c.labels());
        order.sort(Comparator.comparingInt(this::tier).thenComparingInt(l -> l));
        TreeSet<String> involved = new TreeSet<>();
        List<String> clueIds = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int l : order) {
            Clue clue = clues.get(l);
            involved.add(clue.item());
            if (otherItem.containsKey(l)) {
                involved.add(otherItem.get(l));
            }
            clueIds.add(clue.id());
            said.add(ClueWording.describe(clue, zone) + " (" + clue.id() + ")");
        }
        StringBuilder m = new StringBuilder();
        if (said.isEmpty()) {
            m.append("the items' own lengths contradict each other; these items cannot be dated");
        } else if (said.size() == 1) {
            m.append(said.get(0)).append(" cannot hold ").append(aloneReason.getOrDefault(order.get(0), "on its own"));
        } else {
            m.append(said.get(0)).append(", but ");
            for (int i = 1; i < said.size(); i++) {
                if (i > 1) {
                    m.append(i == said.size() - 1 ? " and " : ", ");
                }
                m.append(said.get(i));
            }
            m.append(" — these cannot ").append(said.size() == 2 ? "both" : "all").append(" hold");
        }
        List<String> dropped = c.dropped().stream().map(l -> clues.get(l).id()).toList();
        if (!dropped.isEmpty()) {
            m.append(". Set aside to date the rest: ").append(String.join(", ", dropped));
        }
        return new Finding("clue-conflict", Severity.ERROR, m.toString(), new ArrayList<>(involved), clueIds);
    }

    private void unreadable(int label, Clue c, String kind, String why) {
        warn(label, "clue-unreadable", c.id() + ": the " + kind + " value '" + c.value() + "' cannot be read: " + why
                + "; the clue is ignored", itemIndex.containsKey(c.item()) ? List.of(c.item()) : List.of(), List.of(c.id()));
    }

    private void warn(int label, String kind, String message, List<String> itemIds, List<String> clueIds) {
        warnings.add(Map.entry(label, new Finding(kind, Severity.WARNING, message, itemIds, clueIds)));
    }
}
