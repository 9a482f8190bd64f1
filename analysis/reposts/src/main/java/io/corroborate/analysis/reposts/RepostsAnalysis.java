package io.corroborate.analysis.reposts;

import io.corroborate.model.UnionFind;
import io.corroborate.model.CaseSettings;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Author;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Place;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups items that carry the same content and finds each group's first known upload. Two items are
 * joined (transitively) when they share a media sha256, a canonical URL, a platform media id, an
 * original ({@code repostOf}), when one is forwarded from the other's author with the same text or
 * media duration, or when their texts are near-identical ({@link NearText}) with media durations
 * within a second. A group's recording window is the intersection of its members' windows, and each
 * member's window is narrowed to it (a re-upload's publication bounds the original's recording too).
 * Stateless; never throws for a problem with the case.
 */
public final class RepostsAnalysis implements Analysis {
    public static final String ID = "reposts";

    public static final String SAME_SHA256 = "same-sha256";
    public static final String SAME_URL = "same-url";
    public static final String SAME_MEDIA_ID = "same-media-id";
    public static final String REPOST_OF = "repost-of";
    public static final String FORWARDED_FROM = "forwarded-from";
    public static final String NEAR_IDENTICAL_TEXT = "near-identical-text";

    public static final String DIFFERENT_PLACE = "repost-claims-different-place";
    public static final String DIFFERENT_DATE = "repost-claims-different-date";
    public static final String MEMBERS_FAR_APART = "repost-members-far-apart";
    public static final String ORIGINAL_AFTER_COPY = "original-published-after-copy";
    public static final String WINDOWS_DISJOINT = "repost-windows-disjoint";

    public static final String SAME_PLACE_DISTANCE = "same-place-distance";
    public static final double DEFAULT_SAME_PLACE_DISTANCE = 500;
    /** Media durations of the same recording differ by at most this (re-encoding, rounding). */
    static final double DURATION_SLACK_SECONDS = 1.0;
    /** Rounding in the distance bound of {@link #farthestPair} must never cut off a pair that qualifies. */
    private static final double PRUNE_SLACK_METRES = 0.001;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Publication order and the tie rule: earliest {@code publishedAt} first (unknown last); on a tie a
     * post that is not marked as a forward or repost comes before one that is; then item id.
     */
    public static final Comparator<EvidenceItem> PUBLICATION = Comparator
            .comparing(EvidenceItem::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.repostOf() != null || i.forwardedFrom() != null)
            .thenComparing(EvidenceItem::id);

    private record Edge(int a, int b, String reason) {
    }

    /** A link with a direction: {@code copy} names {@code original} as its source ({@code repostOf}, a resolved forward). */
    private record Marked(int original, int copy, String reason) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Groups re-uploads of the same content, finds each first known upload and intersects their windows";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("places", "chronology");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        List<Finding> findings = new ArrayList<>();
        double samePlace = CaseSettings.metres(theCase, SAME_PLACE_DISTANCE, DEFAULT_SAME_PLACE_DISTANCE, ID, findings);
        List<EvidenceItem> items = theCase.items();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
        UnionFind sets = new UnionFind(items.size());
        List<Edge> edges = new ArrayList<>();
        List<Marked> marked = new ArrayList<>();
        Map<String, Integer> firstWithKey = new HashMap<>();
        List<Set<String>> words = items.stream().map(i -> NearText.words(i.text())).toList();

        for (int i = 0; i < items.size(); i++) {
            EvidenceItem it = items.get(i);
            for (MediaRef m : it.media()) {
                if (m.sha256() != null) {
                    link(i, "sha256:" + m.sha256(), SAME_SHA256, firstWithKey, sets, edges);
                }
                if (m.mediaId() != null) {
                    link(i, "media-id:" + it.platform().id() + ":" + m.mediaId(), SAME_MEDIA_ID, firstWithKey, sets, edges);
                }
                String mediaUrl = CanonicalUrl.of(m.url());
                if (mediaUrl != null) {
                    link(i, "url:" + mediaUrl, SAME_URL, firstWithKey, sets, edges);
                }
            }
            String url = CanonicalUrl.of(it.url());
            if (url != null) {
                link(i, "url:" + url, SAME_URL, firstWithKey, sets, edges);
            }
            if (it.repostOf() != null) {
                Integer original = index.get(it.repostOf());
                if (original != null) {
                    edges.add(new Edge(original, i, REPOST_OF));
                    if (original != i) {
                        marked.add(new Marked(original, i, REPOST_OF));
                    }
                    sets.union(original, i);
                } else {
                    // reposts of one original the case does not hold are still the same content
                    link(i, "repost-of:" + it.repostOf(), REPOST_OF, firstWithKey, sets, edges);
                }
            }
        }
        forwards(items, words, sets, edges, marked);
        nearText(items, words, sets, edges);

        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<String>> reasons = new HashMap<>();
        for (Edge e : edges) {
            reasons.computeIfAbsent(sets.find(e.a()), k -> new TreeSet<>()).add(e.reason());
        }

        Map<Integer, List<Marked>> markedOriginals = new TreeMap<>();
        for (Marked m : marked) {
            markedOriginals.computeIfAbsent(m.original(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<Clue>> dateClues = new HashMap<>();
        for (Clue c : theCase.allClues()) {
            if (ClueKinds.DATE.equals(c.kind())) {
                dateClues.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c);
            }
        }
        List<RepostGroup> groups = new ArrayList<>();
        Map<String, ItemWindow> narrowed = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> g : byRoot.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            List<EvidenceItem> members = g.getValue().stream().map(items::get).sorted(PUBLICATION).toList();
            TimeWindow window = groupWindow(members, soFar, theCase.zone(), findings, narrowed);
            EvidenceItem first = members.get(0);
            String groupId = "repost-" + first.id();
            groups.add(new RepostGroup(groupId, first.id(), members.subList(1, members.size()).stream().map(EvidenceItem::id).toList(),
                    window, List.copyOf(reasons.getOrDefault(g.getKey(), Set.of()))));
            originalsAfterCopies(groupId, g.getValue(), items, markedOriginals, theCase.zone(), findings);
            places(groupId, members, soFar.places(), samePlace, findings);
            dates(groupId, members, dateClues, findings);
        }
        Map<String, EvidenceItem> byId = theCase.itemsById();
        groups.sort(Comparator.comparing(rg -> byId.get(rg.firstUpload()), PUBLICATION));
        return AnalysisResult.ofFindings(findings).withRepostGroups(groups).withWindows(narrowed);
    }

    private static void link(int i, String key, String reason, Map<String, Integer> firstWithKey, UnionFind sets, List<Edge> edges) {
        Integer j = firstWithKey.putIfAbsent(key, i);
        if (j != null && j != i) {
            edges.add(new Edge(j, i, reason));
            sets.union(j, i);
        }
    }

    /**
     * A forward names its original's author only by display name (Telegram). It is joined to that
     * author's post with the same text, else the same media duration; among several, a text match
     * first, then the nearest post published at or before the forward, then item id.
     */
    private static void forwards(List<EvidenceItem> items, List<Set<String>> words, UnionFind sets, List<Edge> edges,
                                 List<Marked> marked) {
        Map<String, List<Integer>> byAuthor = new HashMap<>();
        for (int j = 0; j < items.size(); j++) {
            Author a = items.get(j).author();
            if (a != null) {
                for (String k : authorKeys(a)) {
                    byAuthor.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem it = items.get(i);
            if (it.forwardedFrom() == null) {
                continue;
            }
            Set<Integer> candidates = new TreeSet<>();
            for (String k : authorKeys(it.forwardedFrom())) {
                candidates.addAll(byAuthor.getOrDefault(k, List.of()));
            }
            candidates.remove(i);
            Integer best = null;
            int bestRank = Integer.MAX_VALUE;
            long bestGap = Long.MAX_VALUE;
            for (int j : candidates) {
                EvidenceItem c = items.get(j);
                boolean sameText = !words.get(i).isEmpty() && words.get(i).equals(words.get(j));
                if (!sameText && !sameDuration(it, c)) {
                    continue;
                }
                boolean earlier = it.publishedAt() == null || c.publishedAt() == null || !c.publishedAt().isAfter(it.publishedAt());
                int rank = (sameText ? 0 : 2) + (earlier ? 0 : 1);
                long gap = it.publishedAt() == null || c.publishedAt() == null ? Long.MAX_VALUE - 1
                        : Math.abs(Duration.between(c.publishedAt(), it.publishedAt()).toMillis());
                if (rank < bestRank || rank == bestRank && gap < bestGap) {
                    best = j;
                    bestRank = rank;
                    bestGap = gap;
                }
            }
            if (best != null) {
                edges.add(new Edge(best, i, FORWARDED_FROM));
                marked.add(new Marked(best, i, FORWARDED_FROM));
                sets.union(best, i);
            }
        }
    }

    private static List<String> authorKeys(Author a) {
        List<String> keys = new ArrayList<>(2);
        if (a.id() != null) {
            keys.add("id:" + a.id());
        }
        if (a.name() != null) {
            keys.add("name:" + a.name().strip().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /** Near-identical texts with the same media duration; compares only items whose durations are within the slack. */
    private static void nearText(List<EvidenceItem> items, List<Set<String>> words, UnionFind sets, List<Edge> edges) {
        record Timed(double seconds, int item) {
        }
        List<Timed> timed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (words.get(i).size() < NearText.MIN_WORDS) {
                continue;
            }
            for (MediaRef m : items.get(i).media()) {
                if (m.durationSeconds() != null) {
                    timed.add(new Timed(m.durationSeconds(), i));
                }
            }
        }
        timed.sort(Comparator.comparingDouble(Timed::seconds).thenComparingInt(Timed::item));
        Set<Long> compared = new HashSet<>();
        for (int x = 0; x < timed.size(); x++) {
            for (int y = x + 1; y < timed.size() && timed.get(y).seconds() - timed.get(x).seconds() <= DURATION_SLACK_SECONDS; y++) {
                int a = Math.min(timed.get(x).item(), timed.get(y).item());
                int b = Math.max(timed.get(x).item(), timed.get(y).item());
                if (a == b || !compared.add((long) a * items.size() + b)) {
                    continue;
                }
                if (NearText.nearIdentical(words.get(a), words.get(b))) {
                    edges.add(new Edge(a, b, NEAR_IDENTICAL_TEXT));
                    sets.union(a, b);
                }
            }
        }
    }

    private static boolean sameDuration(EvidenceItem a, EvidenceItem b) {
        for (MediaRef x : a.media()) {
            for (MediaRef y : b.media()) {
                if (x.durationSeconds() != null && y.durationSeconds() != null
                        && Math.abs(x.durationSeconds() - y.durationSeconds()) <= DURATION_SLACK_SECONDS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An item that another names as its original ({@code repostOf}, or the post a forward resolved to)
     * while a member of its group, linked by whatever rule, was published before it: the "original"
     * may be a re-upload itself. One finding per such original, naming the earliest earlier member.
     */
    private static void originalsAfterCopies(String groupId, List<Integer> group, List<EvidenceItem> items,
                                             Map<Integer, List<Marked>> markedOriginals, ZoneId zone, List<Finding> findings) {
        EvidenceItem earliest = group.stream().map(items::get).filter(m -> m.publishedAt() != null)
                .min(PUBLICATION).orElse(null);
        for (int o : group.stream().sorted(Comparator.comparing(items::get, PUBLICATION)).toList()) {
            List<Marked> marks = markedOriginals.get(o);
            EvidenceItem original = items.get(o);
            if (marks == null || earliest == null || original.publishedAt() == null || !earliest.publishedAt().isBefore(original.publishedAt())) {
                continue;
            }
            Set<String> involved = new LinkedHashSet<>(List.of(original.id(), earliest.id()));
            List<String> by = new ArrayList<>();
            for (Marked m : marks.stream().sorted(Comparator.comparing((Marked m) -> items.get(m.copy()), PUBLICATION)).toList()) {
                involved.add(items.get(m.copy()).id());
                by.add(items.get(m.copy()).id() + " (" + m.reason() + ")");
            }
            findings.add(new Finding(ORIGINAL_AFTER_COPY, Severity.WARNING, original.id() + " is marked as the original of "
                    + String.join(", ", by) + ", but " + earliest.id() + " carries the same content (" + groupId + ") and was published at "
                    + local(earliest.publishedAt(), zone) + ", before " + original.id() + " (" + local(original.publishedAt(), zone) + ", "
                    + zone.getId() + "): the original may be a re-upload itself", List.copyOf(involved), List.of()));
        }
    }

    /** A member's window: the solved one, bounded above by its own publication. */
    private static TimeWindow memberWindow(EvidenceItem m, AnalysisResult soFar) {
        TimeWindow solved = soFar.windowOf(m.id());
        if (m.publishedAt() == null) {
            return solved;
        }
        TimeWindow bounded = solved.intersect(new TimeWindow(null, m.publishedAt()));
        // a solved window that contradicts the publication is the chronology's conflict to report
        return bounded == null ? solved : bounded;
    }

    private static TimeWindow groupWindow(List<EvidenceItem> members, AnalysisResult soFar, ZoneId zone, List<Finding> findings,
                                          Map<String, ItemWindow> narrowed) {
        Map<String, TimeWindow> own = new HashMap<>();
        EvidenceItem latestStart = null;
        EvidenceItem earliestEnd = null;
        for (EvidenceItem m : members) {
            TimeWindow w = memberWindow(m, soFar);
            own.put(m.id(), w);
            if (w.earliest() != null && (latestStart == null || w.earliest().isAfter(own.get(latestStart.id()).earliest()))) {
                latestStart = m;
            }
            if (w.latest() != null && (earliestEnd == null || w.latest().isBefore(own.get(earliestEnd.id()).latest()))) {
                earliestEnd = m;
            }
        }
        Instant earliest = latestStart == null ? null : own.get(latestStart.id()).earliest();
        Instant latest = earliestEnd == null ? null : own.get(earliestEnd.id()).latest();
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            List<String> clues = new ArrayList<>(bindingClues(latestStart, own.get(latestStart.id()), true, soFar));
            clues.addAll(bindingClues(earliestEnd, own.get(earliestEnd.id()), false, soFar));
            findings.add(new Finding(WINDOWS_DISJOINT, Severity.ERROR, latestStart.id() + " was recorded no earlier than "
                    + local(earliest, zone) + " but " + earliestEnd.id() + " no later than " + local(latest, zone) + " (" + zone.getId()
                    + "): they cannot be the same recording, yet they are grouped as the same content",
                    List.of(earliestEnd.id(), latestStart.id()), clues));
            return TimeWindow.UNBOUNDED;
        }
        TimeWindow window = new TimeWindow(earliest, latest);
        Set<String> earliestBy = new LinkedHashSet<>();
        Set<String> latestBy = new LinkedHashSet<>();
        for (EvidenceItem m : members) {
            TimeWindow w = own.get(m.id());
            if (earliest != null && earliest.equals(w.earliest())) {
                earliestBy.addAll(bindingClues(m, w, true, soFar));
            }
            if (latest != null && latest.equals(w.latest())) {
                latestBy.addAll(bindingClues(m, w, false, soFar));
            }
        }
        for (EvidenceItem m : members) {
            ItemWindow solved = soFar.windows().get(m.id());
            if (!soFar.windowOf(m.id()).equals(window)) {
                narrowed.put(m.id(), new ItemWindow(m.id(), window, List.copyOf(earliestBy), List.copyOf(latestBy),
                        solved == null || solved.consistent()));
            }
        }
        return window;
    }

    /** The clues behind one bound of a member's window: the solver's, or the member's publication. */
    private static List<String> bindingClues(EvidenceItem m, TimeWindow w, boolean earliest, AnalysisResult soFar) {
        ItemWindow solved = soFar.windows().get(m.id());
        if (solved != null && Objects.equals(earliest ? solved.window().earliest() : solved.window().latest(),
                earliest ? w.earliest() : w.latest())) {
            return earliest ? solved.earliestBoundBy() : solved.latestBoundBy();
        }
        return m.clues().stream().filter(c -> ClueKinds.PUBLISHED.equals(c.kind())).map(Clue::id).findFirst()
                .map(List::of).orElse(List.of(m.id() + "/" + ClueKinds.PUBLISHED));
    }

    /**
     * Compares each re-upload's place with the first upload's, then reports the farthest-apart pair
     * among the placed members not already reported so: two re-uploads can each lie near the original
     * yet far from each other, and when the original is unplaced this is the only check.
     */
    private static void places(String groupId, List<EvidenceItem> members, Map<String, Place> places, double samePlace,
                               List<Finding> findings) {
        EvidenceItem first = members.get(0);
        Place origin = places.get(first.id());
        Set<String> reported = new HashSet<>();
        if (origin != null) {
            for (EvidenceItem r : members.subList(1, members.size())) {
                Place p = places.get(r.id());
                if (p != null && origin.minimumDistanceMetres(p) > samePlace) {
                    reported.add(r.id());
                    findings.add(new Finding(DIFFERENT_PLACE, Severity.WARNING, r.id() + " re-uploads " + first.id() + " (" + groupId
                            + ") but is placed at " + p.label() + ", " + metres(origin.minimumDistanceMetres(p)) + " from the original's "
                            + origin.label(), List.of(first.id(), r.id()), List.of()));
                }
            }
        }
        // members at one place (often a landmark) are compared once, through the earliest of them
        Map<Place, EvidenceItem> firstAt = new LinkedHashMap<>();
        for (EvidenceItem m : members) {
            Place p = places.get(m.id());
            if (p != null && !reported.contains(m.id())) {
                firstAt.putIfAbsent(p, m);
            }
        }
        List<Place> distinct = new ArrayList<>(firstAt.keySet());
        int[] pair = farthestPair(distinct, samePlace);
        if (pair != null) {
            Place pa = distinct.get(pair[0]);
            Place pb = distinct.get(pair[1]);
            EvidenceItem fa = firstAt.get(pa);
            EvidenceItem fb = firstAt.get(pb);
            findings.add(new Finding(MEMBERS_FAR_APART, Severity.WARNING, "members of " + groupId + " are placed far apart: " + fa.id()
                    + " at " + pa.label() + " and " + fb.id() + " at " + pb.label() + ", " + metres(pa.minimumDistanceMetres(pb))
                    + " apart beyond their uncertainty, though they carry the same content", List.of(fa.id(), fb.id()), List.of()));
        }
    }

    /**
     * The indices (ascending) of the two places farthest apart less their radii, when that is more than
     * {@code beyond} metres; otherwise {@code null}. Exact, but pairs are visited by decreasing reach
     * from a reference point and cut off by the triangle inequality, so a group whose members cluster
     * at a few spots costs far fewer than all n² comparisons.
     */
    static int[] farthestPair(List<Place> ps, double beyond) {
        int n = ps.size();
        if (n < 2) {
            return null;
        }
        GeoPoint ref = new GeoPoint(ps.stream().mapToDouble(p -> p.point().lat()).average().orElseThrow(),
                ps.stream().mapToDouble(p -> p.point().lon()).average().orElseThrow());
        // a pair's distance less radii is at most the sum of both reaches (through ref)
        double[] reach = new double[n];
        for (int i = 0; i < n; i++) {
            reach[i] = ps.get(i).point().distanceMetres(ref) - ps.get(i).radiusMetres() + PRUNE_SLACK_METRES;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -reach[i]).thenComparingInt(i -> i));
        double best = Math.max(0, beyond);
        int[] pair = null;
        for (int x = 0; x + 1 < n && reach[order.get(x)] + reach[order.get(x + 1)] > best; x++) {
            int a = order.get(x);
            for (int y = x + 1; y < n && reach[a] + reach[order.get(y)] > best; y++) {
                int lo = Math.min(a, order.get(y));
                int hi = Math.max(a, order.get(y));
                double d = ps.get(lo).minimumDistanceMetres(ps.get(hi));
                // on a tie the pair listed first wins, whatever the visiting order
                boolean listedFirst = pair != null && (lo < pair[0] || lo == pair[0] && hi < pair[1]);
                if (d > best || d == best && listedFirst) {
                    best = d;
                    pair = new int[] {lo, hi};
                }
            }
        }
        return pair;
    }

    /** A re-upload whose {@code date} clues share no date with the first upload's. */
    private static void dates(String groupId, List<EvidenceItem> members, Map<String, List<Clue>> dateClues, List<Finding> findings) {
        EvidenceItem first = members.get(0);
        List<Clue> originDates = dateClues.getOrDefault(first.id(), List.of());
        if (originDates.isEmpty()) {
            return;
        }
        Set<String> origin = new TreeSet<>(originDates.stream().map(Clue::value).toList());
        for (EvidenceItem r : members.subList(1, members.size())) {
            List<Clue> own = dateClues.getOrDefault(r.id(), List.of());
            Set<String> values = new TreeSet<>(own.stream().map(Clue::value).toList());
            if (!values.isEmpty() && values.stream().noneMatch(origin::contains)) {
                List<String> clues = new ArrayList<>(originDates.stream().map(Clue::id).toList());
                clues.addAll(own.stream().map(Clue::id).toList());
                findings.add(new Finding(DIFFERENT_DATE, Severity.WARNING, r.id() + " re-uploads " + first.id() + " (" + groupId
                        + ") but is dated " + String.join(", ", values) + " where the original is dated " + String.join(", ", origin),
                        List.of(first.id(), r.id()), clues));
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
