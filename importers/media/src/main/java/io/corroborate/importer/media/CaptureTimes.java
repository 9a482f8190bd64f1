package io.corroborate.importer.media;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capture times as a file's own metadata states them, turned into {@code metadata} clue values: one
 * UTC instant when the metadata carries its offset, else the honest set of readings of a wall time.
 */
final class CaptureTimes {
    /** A metadata clue to be: its readings (alternatives, most plausible first), tolerance and note. */
    record Reading(List<Instant> alternatives, Duration tolerance, String note) {
        Reading {
            alternatives = List.copyOf(new LinkedHashSet<>(alternatives));
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a reading needs at least one instant");
            }
            Objects.requireNonNull(tolerance, "tolerance is null");
        }

        /** The clue value: ISO UTC instants separated by {@code " | "}. */
        String value() {
            List<String> parts = new ArrayList<>();
            for (Instant t : alternatives) {
                parts.add(DateTimeFormatter.ISO_INSTANT.format(t));
            }
            return String.join(" | ", parts);
        }
    }

    /** A wall time and, when the metadata gave it, its offset. */
    record Stamp(LocalDateTime wall, ZoneOffset offset, String raw) {
        Stamp {
            Objects.requireNonNull(wall, "wall is null");
        }
    }

    /** A stamp that could not be read. */
    static final class BadStamp extends Exception {
        BadStamp(String message) {
            super(message);
        }
    }

    // EXIF 2.32 / ExifTool: "YYYY:MM:DD HH:MM:SS" with optional fraction and offset; ISO's '-' and 'T' also occur
    private static final Pattern STAMP = Pattern.compile(
            "(\\d{4})[:-](\\d{2})[:-](\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9})\\d*)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern OFFSET = Pattern.compile("\\s*(Z|[+-]\\d{2}:?\\d{2})\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\s*(\\d{1,9})\\d*\\s*");

    private CaptureTimes() {
    }

    /**
     * Reads a date-time stamp; {@code null} for the "unset" stamps cameras write ({@code 0000:00:00
     * 00:00:00}, blanks). An impossible date is a {@link BadStamp}, never rolled over.
     */
    static Stamp stamp(String raw) throws BadStamp {
        if (raw == null || raw.isBlank() || raw.replaceAll("[0:\\s.+-]", "").isEmpty()) {
            return null;
        }
        Matcher m = STAMP.matcher(raw.strip());
        if (!m.matches()) {
            throw new BadStamp("'" + raw.strip() + "' is not a date-time (YYYY:MM:DD HH:MM:SS)");
        }
        try {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            LocalDateTime wall = LocalDateTime.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)),
                    LocalTime.of(num(m, 4), num(m, 5), num(m, 6), nanos));
            return new Stamp(wall, m.group(8) == null ? null : offset(m.group(8)), raw.strip());
        } catch (DateTimeException e) {
            throw new BadStamp("'" + raw.strip() + "' is not a real date-time (" + e.getMessage() + ")");
        }
    }

    /** A stamp with EXIF's separate offset ({@code OffsetTime*}) and sub-second ({@code SubSecTime*}) tags applied. */
    static Stamp withParts(Stamp s, String offset, String subSec) throws BadStamp {
        if (s == null) {
            return null;
        }
        LocalDateTime wall = s.wall();
        String raw = s.raw();
        if (subSec != null && !subSec.isBlank() && wall.getNano() == 0) {
            Matcher m = DIGITS.matcher(subSec);
            if (!m.matches()) {
                throw new BadStamp("sub-second value '" + subSec.strip() + "' is not digits");
            }
            wall = wall.withNano(Integer.parseInt((m.group(1) + "000000000").substring(0, 9)));
            raw = raw + " subsec " + subSec.strip();
        }
        ZoneOffset off = s.offset();
        // cameras write "   :  " when they do not know the offset
        if (off == null && offset != null && !offset.strip().replace(":", "").isEmpty()) {
            Matcher m = OFFSET.matcher(offset);
            if (!m.matches()) {
                throw new BadStamp("offset '" + offset.strip() + "' is not ±HH:MM");
            }
            try {
                off = offset(m.group(1));
            } catch (DateTimeException e) {
                throw new BadStamp("offset '" + offset.strip() + "' is impossible");
            }
            raw = raw + " " + offset.strip();
        }
        return new Stamp(wall, off, raw);
    }

    /** A stamp that carries its offset: one reading. */
    static Reading exact(Instant t, Duration tolerance, String note) {
        return new Reading(List.of(t), tolerance, note);
    }

    /**
     * An EXIF-style local wall time without offset: in the source's zone when the case gives it, else
     * the case zone's reading first and UTC second (cameras set to UTC or to home time are common).
     */
    static Reading local(LocalDateTime wall, Optional<ZoneId> sourceZone, ZoneId caseZone, Duration tolerance, String note) {
        if (sourceZone.isPresent()) {
            return new Reading(atZone(wall, sourceZone.get()), tolerance, note + ", local time in " + sourceZone.get());
        }
        List<Instant> alternatives = new ArrayList<>(atZone(wall, caseZone));
        alternatives.add(wall.toInstant(ZoneOffset.UTC));
        return new Reading(alternatives, tolerance, note + ", no offset: local time in " + caseZone + " | UTC");
    }

    /**
     * QuickTime {@code CreateDate}: UTC by the specification, but many phones write local time. Read
     * both ways; the local reading uses the source's zone, else the case's.
     */
    static Reading quickTime(Instant asUtc, Optional<ZoneId> sourceZone, ZoneId caseZone, Duration tolerance, String note) {
        ZoneId zone = sourceZone.orElse(caseZone);
        List<Instant> alternatives = new ArrayList<>();
        alternatives.add(asUtc);
        alternatives.addAll(atZone(LocalDateTime.ofInstant(asUtc, ZoneOffset.UTC), zone));
        return new Reading(alternatives, tolerance, note + ": UTC by the specification | local time in " + zone);
    }

    /** Every instant the wall time names in {@code zone}: one, two in a clock change's overlap, none in its gap. */
    private static List<Instant> atZone(LocalDateTime wall, ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        for (ZoneOffset o : zone.getRules().getValidOffsets(wall)) {
            out.add(wall.toInstant(o));
        }
        if (out.isEmpty()) {
            // the clocks skipped this wall time; the moment just after the jump is the only reading left
            out.add(wall.atZone(zone).toInstant());
        }
        return out;
    }

    private static ZoneOffset offset(String text) throws DateTimeException {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String d = text.substring(1).replace(":", "");
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(d.substring(0, 2)), sign * Integer.parseInt(d.substring(2)));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
