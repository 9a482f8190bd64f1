package io.corroborate.analysis.claims;

import io.corroborate.model.People;
import io.corroborate.model.Gazetteer;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.TimeWindow;
import io.corroborate.model.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tests one statement against the evidence (the rules are in docs/claims.md). An item is certainly
 * in a statement's scope ({@link Fit#IN}) when its place lies within the named landmark and its whole
 * window within the time limits; possibly ({@link Fit#MAYBE}) when they merely overlap or are unknown.
 * Only items certainly in scope contradict or support; items possibly in scope keep a verdict untested.
 */
final class Evaluator {
    enum Fit { IN, MAYBE, OUT }

    /** A statement's verdict, why, and the items and observation or casualty labels it rests on. */
    record Outcome(Verdict verdict, String reason, Set<String> items, Set<String> observations) {
        static Outcome untested(String reason) {
            return new Outcome(Verdict.UNTESTED, reason, Set.of(), Set.of());
        }
    }

    /** Forces that mean a firearm was carried and used: what {@code armed} and {@code firearms} match. */
    static final Set<String> FIREARMS = Set.of("live-fire", "warning-shots", "gunfire", "shooting", "firearms", "armed");
    /** Actor names that a broader actor name covers. */
    static final Map<String, Set<String>> ACTOR_CLASSES = Map.of("security-forces", Set.of("police", "riot-police", "soldiers",
            "military", "army", "troops", "national-guard", "special-forces", "law-enforcement"));

    private final Evidence evidence;
    private final Gazetteer gazetteer;

    Evaluator(Evidence evidence, Gazetteer gazetteer) {
        this.evidence = evidence;
        this.gazetteer = gazetteer;
    }

    /** The place a statement names, or null when the gazetteer does not know it. */
    Place placeOf(Statement.Scope scope) {
        try {
            return scope.place() == null ? null : gazetteer.resolve(scope.place());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Outcome evaluate(Statement s) {
        if (s instanceof Statement.Untestable u) {
            return Outcome.untested(u.source() + ": " + (u.reason() == null ? "marked untestable by the analyst" : u.reason()));
        }
        Statement.Scope scope = s instanceof Statement.Conduct c ? c.scope() : ((Statement.Count) s).scope();
        Place place = placeOf(scope);
        if (scope.place() != null && place == null) {
            return Outcome.untested(s.source() + ": the place '" + scope.place() + "' is not in the gazetteer");
        }
        List<String> in = new ArrayList<>();
        List<String> maybe = new ArrayList<>();
        for (String item : evidence.items) {
            switch (fit(item, scope, place)) {
                case IN -> in.add(item);
                case MAYBE -> maybe.add(item);
                default -> { }
            }
        }
        return s instanceof Statement.Conduct c ? conduct(c, new HashSet<>(in), new HashSet<>(maybe))
                : count((Statement.Count) s, new HashSet<>(in), new HashSet<>(maybe));
    }

    Fit fit(String item, Statement.Scope scope, Place place) {
        Fit where = Fit.IN;
        if (place != null) {
            Place p = evidence.places.get(item);
            if (p == null) {
                where = Fit.MAYBE;
            } else {
                double d = p.point().distanceMetres(place.point());
                boolean sameLandmark = p.landmark() != null && p.landmark().equals(place.landmark());
                where = sameLandmark || d + p.radiusMetres() <= place.radiusMetres() ? Fit.IN
                        : d <= p.radiusMetres() + place.radiusMetres() ? Fit.MAYBE : Fit.OUT;
            }
        }
        Fit when = Fit.IN;
        if (scope.hasTime()) {
            TimeWindow w = evidence.windows.getOrDefault(item, TimeWindow.UNBOUNDED);
            TimeWindow limits = new TimeWindow(scope.from(), scope.to());
            if (w.intersect(limits) == null) {
                when = Fit.OUT;
            } else {
                boolean startsInside = scope.from() == null || w.earliest() != null && !w.earliest().isBefore(scope.from());
                boolean endsInside = scope.to() == null || w.latest() != null && !w.latest().isAfter(scope.to());
                when = startsInside && endsInside ? Fit.IN : Fit.MAYBE;
            }
        }
        if (where == Fit.OUT || when == Fit.OUT) {
            return Fit.OUT;
        }
        return where == Fit.IN && when == Fit.IN ? Fit.IN : Fit.MAYBE;
    }

    static boolean matches(Observation o, Statement.Conduct c) {
        boolean force = c.force().equals(Parser.ANY_FORCE) || o.force().equals(c.force())
                || c.force().equals(Parser.FIREARMS) && FIREARMS.contains(o.force());
        boolean actor = c.actor() == null || o.actor().equals(c.actor())
                || ACTOR_CLASSES.getOrDefault(c.actor(), Set.of()).contains(o.actor());
        return force && actor;
    }

    private Outcome conduct(Statement.Conduct c, Set<String> in, Set<String> maybe) {
        Set<String> shownIn = new TreeSet<>();
        Set<String> shownMaybe = new TreeSet<>();
        Set<String> labels = new TreeSet<>();
        Set<String> maybeLabels = new TreeSet<>();
        for (Observation o : evidence.observations) {
            if (!matches(o, c)) {
                continue;
            }
            if (in.contains(o.item())) {
                shownIn.add(o.item());
                labels.add(o.label());
            } else if (maybe.contains(o.item())) {
                shownMaybe.add(o.item());
                maybeLabels.add(o.label());
            }
        }
        String what = c.conduct();
        if (!shownIn.isEmpty()) {
            String shown = shownIn.size() + " item(s) in scope show " + String.join(", ", labels) + ": " + String.join(", ", shownIn);
            return c.absent() ? new Outcome(Verdict.CONTRADICTED, c.source() + ": " + shown, shownIn, labels)
                    : new Outcome(Verdict.SUPPORTED, c.source() + ": " + shown, shownIn, labels);
        }
        if (!shownMaybe.isEmpty()) {
            return new Outcome(Verdict.UNTESTED, c.source() + ": " + String.join(", ", shownMaybe) + " show " + String.join(", ", maybeLabels)
                    + " but their place or time is not known closely enough to say whether they fall in scope", shownMaybe, maybeLabels);
        }
        if (!c.absent()) {
            return Outcome.untested(c.source() + ": no item in scope shows " + what
                    + "; footage that is missing does not contradict a claim that something happened");
        }
        if (in.isEmpty()) {
            return Outcome.untested(c.source() + ": no item lies certainly in the claim's scope, so nothing tests it");
        }
        return new Outcome(Verdict.SUPPORTED, c.source() + ": none of the " + in.size() + " item(s) in scope shows " + what,
                new TreeSet<>(in), Set.of());
    }

    /**
     * Our counts are lower bounds (people not filmed are not counted): they can contradict a claimed
     * upper bound ({@code <=}, {@code <}, {@code =}) and support a claimed lower bound ({@code >=},
     * {@code >}), never the other way round.
     */
    private Outcome count(Statement.Count c, Set<String> in, Set<String> maybe) {
        People.Counted certain = evidence.people.count(in);
        Set<String> both = new HashSet<>(in);
        both.addAll(maybe);
        People.Counted possible = evidence.people.count(both);
        int low = value(c.measure(), certain);
        int high = value(c.measure(), possible);
        int n = c.number();
        boolean covered = !in.isEmpty();
        String shown = "the items in scope show at least " + low + " " + noun(c.measure(), low);
        Set<String> items = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        people(c.measure(), certain, items, people);

        boolean contradicted = switch (c.comparison()) {
            case AT_MOST, EXACTLY -> low > n;
            case LESS -> low >= n;
            case AT_LEAST, MORE -> false;
        };
        if (contradicted) {
            return new Outcome(Verdict.CONTRADICTED, c.source() + ": " + shown + " (" + String.join(", ", people) + ")", items, people);
        }
        boolean supported = switch (c.comparison()) {
            case AT_MOST -> covered && high <= n;
            case LESS -> covered && high < n;
            case EXACTLY -> covered && low == n && high == n;
            case AT_LEAST -> low >= n;
            case MORE -> low > n;
        };
        if (supported) {
            String why = switch (c.comparison()) {
                case AT_LEAST, MORE -> shown + ", which meets the claim";
                default -> shown + " and no item possibly in scope shows more; people not filmed are not counted";
            };
            return new Outcome(Verdict.SUPPORTED, c.source() + ": " + why, items, people);
        }
        String why = switch (c.comparison()) {
            case AT_LEAST, MORE -> shown + "; our counts are lower bounds, so fewer shown does not contradict the claim";
            default -> !covered ? "no item lies certainly in the claim's scope, so nothing tests it"
                    : shown + ", but items possibly in scope show up to " + high;
        };
        return new Outcome(Verdict.UNTESTED, c.source() + ": " + why, items, people);
    }

    private static int value(Statement.Measure m, People.Counted c) {
        return switch (m) {
            case KILLED -> c.killed().size();
            case INJURED -> c.injured().size();
            case CASUALTIES -> c.killed().size() + c.injured().size();
        };
    }

    private static void people(Statement.Measure m, People.Counted c, Set<String> items, Set<String> labels) {
        if (m != Statement.Measure.INJURED) {
            c.killed().forEach((person, shownIn) -> {
                labels.add(person + " killed");
                items.addAll(shownIn);
            });
        }
        if (m != Statement.Measure.KILLED) {
            c.injured().forEach((person, shownIn) -> {
                labels.add(person + " injured");
                items.addAll(shownIn);
            });
        }
    }

    private static String noun(Statement.Measure m, int n) {
        String who = n == 1 ? "person" : "people";
        return switch (m) {
            case KILLED -> who + " killed";
            case INJURED -> who + " injured";
            case CASUALTIES -> who + " killed or injured";
        };
    }
}
