package io.corroborate.model;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who is shown in which item, and in what state. Reads {@code casualty} clues ({@code P07 killed},
 * {@code P07 injured}, and {@code P07 alive}, which counts nobody but shows the person alive at that
 * time) and {@code same-person} clues ({@code P07 = B12}: two analysts' ids for one person; any
 * number of ids may be chained with {@code =}). A person's key is all their ids, sorted, joined
 * with {@code " = "}.
 */
public final class People {
    public static final String BAD_CASUALTY_CLUE = "bad-casualty-clue";
    public static final String BAD_SAME_PERSON_CLUE = "bad-same-person-clue";
    public static final Pattern PERSON_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:/-]*");

    public enum State { KILLED, INJURED, ALIVE }

    /** One item showing one person in one state, from one clue. */
    public record Sighting(String person, State state, String item, String clue) {
    }

    private final List<Sighting> sightings;

    private People(List<Sighting> sightings) {
        this.sightings = sightings;
    }

    /** Every sighting, in clue order. */
    public List<Sighting> sightings() {
        return sightings;
    }

    public static People read(Case theCase, Set<String> items, List<Finding> findings) {
        Map<String, String> parent = new HashMap<>();
        List<Clue> casualtyClues = new ArrayList<>();
        for (Clue c : theCase.allClues()) {
            if (ClueKinds.SAME_PERSON.equals(c.kind())) {
                String[] ids = c.value().split("=", -1);
                List<String> clean = new ArrayList<>();
                for (String id : ids) {
                    clean.add(id.strip());
                }
                if (clean.size() < 2 || clean.stream().anyMatch(id -> !PERSON_ID.matcher(id).matches())) {
                    findings.add(new Finding(BAD_SAME_PERSON_CLUE, Severity.WARNING, "same-person clue " + c.id() + ": '" + c.value()
                            + "' is not 'PERSON = PERSON' (e.g. P07 = B12)", List.of(c.item()), List.of(c.id())));
                    continue;
                }
                for (int i = 1; i < clean.size(); i++) {
                    union(parent, clean.get(0), clean.get(i));
                }
            } else if (ClueKinds.CASUALTY.equals(c.kind()) && items.contains(c.item())) {
                casualtyClues.add(c);
            }
        }
        Map<String, Set<String>> members = new HashMap<>();
        for (String id : new ArrayList<>(parent.keySet())) {
            members.computeIfAbsent(find(parent, id), k -> new TreeSet<>()).add(id);
        }
        List<Sighting> sightings = new ArrayList<>();
        for (Clue c : casualtyClues) {
            String[] parts = c.value().strip().split("\\s+");
            State state = parts.length == 2 ? state(parts[1]) : null;
            if (parts.length != 2 || state == null || !PERSON_ID.matcher(parts[0]).matches()) {
                findings.add(new Finding(BAD_CASUALTY_CLUE, Severity.WARNING, "casualty clue " + c.id() + " of " + c.item() + ": '"
                        + c.value() + "' is not 'PERSON STATUS' with status killed, injured or alive (e.g. P07 killed)",
                        List.of(c.item()), List.of(c.id())));
                continue;
            }
            Set<String> group = parent.containsKey(parts[0]) ? members.get(find(parent, parts[0])) : Set.of(parts[0]);
            sightings.add(new Sighting(String.join(" = ", group), state, c.item(), c.id()));
        }
        return new People(List.copyOf(sightings));
    }

    private static State state(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "killed", "dead" -> State.KILLED;
            case "injured", "wounded" -> State.INJURED;
            case "alive" -> State.ALIVE;
            default -> null;
        };
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        while (!parent.get(x).equals(x)) {
            parent.put(x, parent.get(parent.get(x)));
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller id stays the root so the result does not depend on clue order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** Sightings grouped by person key, in key order, each list in clue order. */
    public Map<String, List<Sighting>> byPerson() {
        Map<String, List<Sighting>> by = new TreeMap<>();
        sightings.forEach(s -> by.computeIfAbsent(s.person(), k -> new ArrayList<>()).add(s));
        return by;
    }

    /**
     * Distinct people killed and injured among the sightings in {@code items} (null: all): a person
     * shown killed anywhere in them counts as killed only. Each person lists every item that shows
     * them killed or injured.
     */
    public Counted count(Set<String> items) {
        Map<String, Set<String>> shownIn = new TreeMap<>();
        Map<String, Boolean> killed = new TreeMap<>();
        for (Sighting s : sightings) {
            if (s.state() == State.ALIVE || items != null && !items.contains(s.item())) {
                continue;
            }
            shownIn.computeIfAbsent(s.person(), k -> new TreeSet<>()).add(s.item());
            killed.merge(s.person(), s.state() == State.KILLED, Boolean::logicalOr);
        }
        Map<String, List<String>> k = new TreeMap<>();
        Map<String, List<String>> i = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : shownIn.entrySet()) {
            (killed.get(e.getKey()) ? k : i).put(e.getKey(), List.copyOf(e.getValue()));
        }
        return new Counted(k, i);
    }

    public record Counted(Map<String, List<String>> killed, Map<String, List<String>> injured) {
    }
}
