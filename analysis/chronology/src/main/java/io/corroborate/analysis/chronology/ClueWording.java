package io.corroborate.analysis.chronology;

import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.Durations;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says what a time clue states, in words an investigator can check against the source. */
final class ClueWording {
    private ClueWording() {
    }

    static String describe(Clue c, ZoneId zone) {
        String item = c.item();
        String v = c.value();
        String kind = c.kind().strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case ClueKinds.DATE:
                return item + " was recorded on " + v;
            case ClueKinds.CLOCK: {
                String tol = Durations.format(c.tolerance() == null ? CaseChronology.CLOCK_TOLERANCE : c.tolerance());
                return "the clock in " + item + " reads " + v + "±" + tol + into(c);
            }
            case ClueKinds.NOT_BEFORE:
                return item + " was recorded no earlier than " + time(v, zone) + plusMinus(c);
            case ClueKinds.NOT_AFTER:
                return item + " was recorded no later than " + time(v, zone) + plusMinus(c);
            case ClueKinds.BEFORE:
                return item + " was recorded before " + v + gap(c, " by at least ");
            case ClueKinds.AFTER:
                return item + " was recorded after " + v + gap(c, " by at least ");
            case ClueKinds.SAME_TIME:
                return item + " and " + v + " were recorded at the same time" + gap(c, " (within ") + (hasGap(c) ? ")" : "");
            case ClueKinds.SUN:
                return "the light in " + item + " shows " + v + sunAllowance(c) + into(c);
            case ClueKinds.DURATION:
                return item + " lasts " + v;
            case ClueKinds.PUBLISHED: {
                int slash = v.indexOf('/');
                if (slash > 0) {
                    return item + " was published between " + time(v.substring(0, slash), zone) + " and "
                            + time(v.substring(slash + 1), zone);
                }
                return item + " was published at " + time(v, zone);
            }
            case ClueKinds.EDITED:
                return item + " was edited at " + time(v, zone);
            case ClueKinds.METADATA: {
                List<String> readings = new ArrayList<>();
                for (String part : v.split("\\s*\\|\\s*")) {
                    readings.add(time(part, zone));
                }
                return "the file metadata of " + item + " says it was recorded at " + String.join(" or ", readings) + plusMinus(c);
            }
            default:
                return item + " " + kind + " " + v;
        }
    }

    /** An instant or local time as local time with the zone named; the text itself when it cannot be read. */
    private static String time(String value, ZoneId zone) {
        try {
            ClueTimes.Span s = ClueTimes.span(value, zone, true);
            if (s.earliest() == s.latest()) {
                return ClueTimes.local(s.earliest(), zone);
            }
            return value.strip().replace('T', ' ') + " " + zone.getId();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static boolean hasGap(Clue c) {
        return c.tolerance() != null && !c.tolerance().isZero();
    }

    private static String gap(Clue c, String words) {
        return hasGap(c) ? words + Durations.format(c.tolerance()) : "";
    }

    private static String plusMinus(Clue c) {
        return hasGap(c) ? "±" + Durations.format(c.tolerance()) : "";
    }

    private static String sunAllowance(Clue c) {
        if (hasGap(c)) {
            return plusMinus(c);
        }
        try {
            java.time.Duration d = SunCondition.parse(c.value()).defaultTolerance();
            return d.isZero() ? "" : "±" + Durations.format(d);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String into(Clue c) {
        try {
            long at = ClueTimes.offset(c.note());
            return at > 0 ? String.format(Locale.ROOT, " at %d:%02d into the video", at / 60, at % 60) : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
