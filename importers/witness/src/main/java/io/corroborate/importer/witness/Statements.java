package io.corroborate.importer.witness;

import io.corroborate.model.Author;
import io.corroborate.model.CasualtyStatus;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.Durations;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Observation;
import io.corroborate.model.Platform;
import io.corroborate.model.Provenance;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one statement (normalised field names to values) of a known witness into an item of kind
 * {@code statement} with its clues. Times are written in the analyst's grammar: local date-times of the
 * case's zone.
 */
final class Statements {
    /** How statements are read: the default clock tolerance and whether consenting witnesses are named. */
    record Settings(Duration tolerance, boolean nameConsentingWitnesses, ZoneId caseZone, ZoneId sourceZone) {
        Settings {
            Objects.requireNonNull(tolerance, "tolerance is null");
            Objects.requireNonNull(caseZone, "caseZone is null");
        }
    }

    static final String IMPORTER = "witness";

    private static final Set<String> KNOWN = Set.of("witness", "statement", "said", "place", "date", "time", "time_to",
            "tolerance", "relative", "observed", "casualties", "sensitive");
    private static final Set<String> REDACTABLE = Set.of("author", "text", "url", "media");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern COORDINATES = Pattern.compile("[-+]?\\d.*");
    private static final Pattern PERSON = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}");
    private static final Pattern FORCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,63}");
    private static final Pattern ITEM_ID = Pattern.compile("[\\p{L}\\p{N}][^\\s]{0,300}:[^\\s]{1,300}");

    private Statements() {
    }

    /** The statement number, validated: item ids rest on it. */
    static int number(Map<String, String> fields) throws InvalidRecord {
        String n = Fields.get(fields, "statement");
        if (n.isEmpty()) {
            throw new InvalidRecord("statement number is missing (column 'statement': 1, 2, 3... per witness)");
        }
        if (!NUMBER.matcher(n).matches()) {
            throw new InvalidRecord("statement number '" + Fields.shorten(n) + "' is not a positive whole number");
        }
        return Integer.parseInt(n);
    }

    static String itemId(String witness, int number) {
        return "witness:" + witness + ":" + number;
    }

    /** Builds the item; {@code provenance} names the record in its source file. */
    static EvidenceItem build(Witness w, Map<String, String> fields, Provenance provenance, Settings settings) throws InvalidRecord {
        int n = number(fields);
        String id = itemId(w.id(), n);
        // what the witness said is data: kept exactly as written
        String said = fields.getOrDefault("said", "");
        if (said.isBlank()) {
            throw new InvalidRecord(id + ": nothing said (column 'said' is empty)");
        }
        Clues clues = new Clues(id);
        place(id, Fields.get(fields, "place"), clues);
        times(id, fields, settings, clues);
        relative(id, Fields.get(fields, "relative"), clues);
        observed(id, Fields.get(fields, "observed"), clues);
        casualties(id, Fields.get(fields, "casualties"), clues);
        sensitive(id, Fields.get(fields, "sensitive"), clues);

        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.WITNESS, ItemKind.STATEMENT)
                .author(author(w, settings))
                .title(w.label() + ", statement " + n)
                .text(said)
                .provenance(provenance);
        clues.all.forEach(b::clue);
        Map<String, String> sensitive = new TreeMap<>(w.sensitive());
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            if (KNOWN.contains(e.getKey()) || e.getValue().isBlank()) {
                continue;
            }
            String key = Fields.kebab(e.getKey());
            sensitive.put(sensitive.containsKey(key) ? "statement-" + key : key, e.getValue().strip());
        }
        sensitive.forEach(b::sensitive);
        return b.build();
    }

    private static Author author(Witness w, Settings settings) {
        // a real name is shown only when the witness agreed and the case opted in; it stays in sensitive either way
        if (w.mayName() && settings.nameConsentingWitnesses() && w.name() != null) {
            return new Author(w.id(), w.name());
        }
        return new Author(w.id(), w.id());
    }

    private static void place(String id, String place, Clues clues) throws InvalidRecord {
        if (place.isEmpty()) {
            return;
        }
        if (place.length() > 200 || place.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRecord(id + ": place '" + Fields.shorten(place) + "' is not a landmark name or lat,lon");
        }
        if (COORDINATES.matcher(place).matches()) {
            String[] parts = place.split(",");
            try {
                if (parts.length < 2 || parts.length > 3) {
                    throw new NumberFormatException();
                }
                new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
                if (parts.length == 3 && !(Double.parseDouble(parts[2].strip()) >= 0)) {
                    throw new NumberFormatException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidRecord(id + ": place '" + Fields.shorten(place) + "' is not lat,lon[,radius_m] with valid numbers");
            }
        }
        clues.add(ClueKinds.PLACE, place, null, "as the witness described it");
    }

    private static void times(String id, Map<String, String> fields, Settings s, Clues clues) throws InvalidRecord {
        String dateText = Fields.get(fields, "date");
        String from = Fields.get(fields, "time");
        String to = Fields.get(fields, "time_to");
        String tolText = Fields.get(fields, "tolerance");
        LocalDate date = null;
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new InvalidRecord(id + ": date '" + Fields.shorten(dateText) + "' is not a date like 2022-01-05");
            }
        }
        Duration tolerance = null;
        if (!tolText.isEmpty()) {
            tolerance = Fields.duration(tolText);
            if (tolerance == null) {
                throw new InvalidRecord(id + ": tolerance '" + Fields.shorten(tolText) + "' is not a duration like 15m");
            }
        }
        if (from.isEmpty() && to.isEmpty()) {
            if (date != null) {
                clues.add(ClueKinds.DATE, date.toString(), null, "the witness gave the day only");
            }
            return;
        }
        Stated start = from.isEmpty() ? null : stated(id, "time", from, date, s);
        Stated end = null;
        if (!to.isEmpty()) {
            LocalDate day = date != null ? date : start != null ? start.stated().toLocalDate() : null;
            end = stated(id, "time_to", to, day, s);
            if (start != null && end.clockOnly() && end.local().isBefore(start.local())) {
                // "from 23:40 to 00:15": the end is on the next day
                end = new Stated(end.local().plusDays(1), end.stated().plusDays(1), end.clockOnly(), end.note());
            }
            if (start != null && end.local().isBefore(start.local())) {
                throw new InvalidRecord(id + ": time_to " + to + " is before time " + from);
            }
        }
        if (end == null) {
            Duration tol = tolerance != null ? tolerance : s.tolerance();
            clues.add(ClueKinds.CLOCK, start.local().toString(), tol, join("the witness's time", start.note()));
            return;
        }
        Duration widen = tolerance == null ? Duration.ZERO : tolerance;
        String widened = widen.isZero() ? null : "widened by " + Durations.format(widen);
        if (start != null) {
            clues.add(ClueKinds.NOT_BEFORE, start.local().minus(widen).toString(), null,
                    join("start of the witness's range", start.note(), widened));
        }
        clues.add(ClueKinds.NOT_AFTER, end.local().plus(widen).toString(), null,
                join(start != null ? "end of the witness's range" : "the witness's latest time", end.note(), widened));
    }

    /** A time as stated, and the same time as a local time of the case's zone. */
    private record Stated(LocalDateTime local, LocalDateTime stated, boolean clockOnly, String note) {
    }

    private static Stated stated(String id, String column, String text, LocalDate day, Settings s) throws InvalidRecord {
        Matcher m = CLOCK.matcher(text);
        try {
            if (m.matches()) {
                if (day == null) {
                    throw new InvalidRecord(id + ": " + column + " " + text + " needs a day: fill the 'date' column");
                }
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
                return inCaseZone(LocalDateTime.of(day, t), true, s);
            }
            String iso = text.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
                OffsetDateTime o = OffsetDateTime.parse(iso.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"));
                LocalDateTime local = o.atZoneSameInstant(s.caseZone()).toLocalDateTime();
                return new Stated(local, o.toLocalDateTime(), false, "stated as " + text);
            }
            return inCaseZone(LocalDateTime.parse(iso), false, s);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidRecord(id + ": " + column + " '" + Fields.shorten(text) + "' is not a time like 10:00 or 2022-01-06T10:00");
        }
    }

    private static Stated inCaseZone(LocalDateTime stated, boolean clockOnly, Settings s) {
        ZoneId src = s.sourceZone();
        if (src == null || src.getRules().equals(s.caseZone().getRules())) {
            return new Stated(stated, stated, clockOnly, null);
        }
        LocalDateTime local = stated.atZone(src).withZoneSameInstant(s.caseZone()).toLocalDateTime();
        return new Stated(local, stated, clockOnly, "stated as " + stated + " in " + src);
    }

    private static void relative(String id, String text, Clues clues) throws InvalidRecord {
        for (String entry : entries(text)) {
            String[] t = entry.split("\\s+");
            if (t.length < 2 || t.length > 3) {
                throw new InvalidRecord(id + ": relative '" + Fields.shorten(entry) + "' is not '<before|after|same-time> <item id> [gap]'");
            }
            String kind = t[0].toLowerCase(Locale.ROOT);
            if (!kind.equals(ClueKinds.BEFORE) && !kind.equals(ClueKinds.AFTER) && !kind.equals(ClueKinds.SAME_TIME)) {
                throw new InvalidRecord(id + ": relative '" + Fields.shorten(entry) + "' must start with before, after or same-time");
            }
            if (!ITEM_ID.matcher(t[1]).matches()) {
                throw new InvalidRecord(id + ": relative '" + Fields.shorten(entry) + "' does not name an item id such as witness:W2:1");
            }
            if (t[1].equals(id)) {
                throw new InvalidRecord(id + ": a statement cannot be " + kind + " itself");
            }
            Duration gap = null;
            if (t.length == 3) {
                gap = Fields.duration(t[2]);
                if (gap == null) {
                    throw new InvalidRecord(id + ": relative '" + Fields.shorten(entry) + "' ends with '" + Fields.shorten(t[2]) + "', not a duration like 10m");
                }
            }
            clues.add(kind, t[1], gap, "as the witness related it");
        }
    }

    private static void observed(String id, String text, Clues clues) throws InvalidRecord {
        for (String entry : entries(text)) {
            Observation o = Observation.parse(id, entry, null, null);
            if (!FORCE.matcher(o.force()).matches() || !FORCE.matcher(o.actor()).matches()) {
                throw new InvalidRecord(id + ": observed '" + Fields.shorten(entry) + "' is not '<force> by <actor>' (e.g. tear gas by security forces)");
            }
            clues.add(ClueKinds.OBSERVATION, o.label(), null, "the witness saw it");
        }
    }

    private static void casualties(String id, String text, Clues clues) throws InvalidRecord {
        for (String entry : entries(text)) {
            String[] t = entry.split("\\s+");
            CasualtyStatus status;
            try {
                if (t.length != 2 || !PERSON.matcher(t[0]).matches()) {
                    throw new IllegalArgumentException();
                }
                status = CasualtyStatus.fromId(t[1]);
            } catch (IllegalArgumentException e) {
                throw new InvalidRecord(id + ": casualty '" + Fields.shorten(entry) + "' is not '<person id> killed|injured' (e.g. P07 injured)");
            }
            clues.add(ClueKinds.CASUALTY, t[0] + " " + status.id(), null, "as the witness related it");
        }
    }

    private static void sensitive(String id, String text, Clues clues) throws InvalidRecord {
        String v = text.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("no") || v.equals("false") || v.equals("n") || v.equals("0")) {
            return;
        }
        if (v.equals("yes") || v.equals("true") || v.equals("y") || v.equals("1") || v.equals("item")) {
            clues.add(ClueKinds.SENSITIVE, "item", null, "marked sensitive in the witness sheet");
            return;
        }
        Set<String> fields = new TreeSet<>();
        for (String f : v.split("[,;]")) {
            String field = f.strip();
            if (!REDACTABLE.contains(field)) {
                // a misspelt redaction must not let the statement out unredacted
                throw new InvalidRecord(id + ": sensitive '" + Fields.shorten(text) + "' is not yes/no/item or a list of author, text, url, media");
            }
            fields.add(field);
        }
        clues.add(ClueKinds.SENSITIVE, String.join(",", fields), null, "marked sensitive in the witness sheet");
    }

    /** {@code ;}-separated entries, blank ones dropped. */
    private static List<String> entries(String text) {
        List<String> out = new ArrayList<>();
        for (String e : text.split(";")) {
            if (!e.isBlank()) {
                out.add(e.strip());
            }
        }
        return out;
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(b.length() == 0 ? "" : "; ").append(p);
            }
        }
        return b.toString();
    }

    /** The clues of one item, numbered per kind: {@code <item>/<kind>}, then {@code <item>/<kind>/2}... */
    private static final class Clues {
        private final String item;
        private final Map<String, Integer> counts = new HashMap<>();
        private final List<Clue> all = new ArrayList<>();

        Clues(String item) {
            this.item = item;
        }

        void add(String kind, String value, Duration tolerance, String note) {
            int n = counts.merge(kind, 1, Integer::sum);
            String clueId = item + "/" + kind + (n == 1 ? "" : "/" + n);
            all.add(new Clue(clueId, item, kind, value, tolerance, note, IMPORTER));
        }
    }
}
