package io.corroborate.importer.witness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One interviewed person under a pseudonymous id. {@code sensitive} holds what must stay inside the
 * team (real name, contact details, interview notes, any column the sheet does not define).
 */
record Witness(String id, String role, LocalDate interviewedOn, boolean mayName, String name, Map<String, String> sensitive) {
    /** Ids become part of item ids ({@code witness:<id>:<n>}), so they are short and plain. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** Fields the sheet defines that may appear in titles; every other field is sensitive. */
    private static final java.util.Set<String> PUBLIC = java.util.Set.of("witness", "id", "role", "interviewed_on", "may_name");

    Witness {
        Objects.requireNonNull(id, "id is null");
        sensitive = Map.copyOf(sensitive);
    }

    /** Reads a witness from normalised field names ({@link CsvRows#normalise}) to values. */
    static Witness parse(Map<String, String> fields) throws InvalidRecord {
        String id = Fields.get(fields, "witness");
        if (id.isEmpty()) {
            id = Fields.get(fields, "id");
        }
        id = requireId(id, "witness id");
        String role = Fields.get(fields, "role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && !Fields.isPlainLabel(role)) {
            throw new InvalidRecord("witness " + id + ": role '" + Fields.shorten(role) + "' is not a short label (protester, journalist, resident, medic...)");
        }
        LocalDate interviewed = null;
        String date = Fields.get(fields, "interviewed_on");
        if (!date.isEmpty()) {
            try {
                interviewed = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidRecord("witness " + id + ": interviewed_on '" + Fields.shorten(date) + "' is not a date like 2022-01-20");
            }
        }
        boolean mayName = Fields.yesNo(Fields.get(fields, "may_name"), "witness " + id + ": may_name");
        Map<String, String> sensitive = new TreeMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (PUBLIC.contains(e.getKey()) || e.getValue().isBlank()) {
                continue;
            }
            sensitive.put(sensitiveKey(e.getKey()), e.getValue().strip());
        }
        String name = Fields.get(fields, "name");
        return new Witness(id, role.isEmpty() ? null : role, interviewed, mayName, name.isEmpty() ? null : name, sensitive);
    }

    /** The key under which a witness field is kept in an item's sensitive map. */
    static String sensitiveKey(String field) {
        return switch (field) {
            case "name" -> "witness-name";
            default -> Fields.kebab(field);
        };
    }

    static String requireId(String id, String what) throws InvalidRecord {
        if (id.isEmpty()) {
            throw new InvalidRecord(what + " is missing");
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidRecord(what + " '" + Fields.shorten(id) + "' is not a plain id (letters, digits, '.', '_', '-'; at most 64)");
        }
        return id;
    }

    /** "Witness W1 (protester), interviewed 2022-01-20": never the real name. */
    String label() {
        StringBuilder b = new StringBuilder("Witness ").append(id);
        if (role != null) {
            b.append(" (").append(role).append(')');
        }
        if (interviewedOn != null) {
            b.append(", interviewed ").append(interviewedOn);
        }
        return b.toString();
    }
}
