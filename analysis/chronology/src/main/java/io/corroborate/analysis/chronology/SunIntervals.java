package io.corroborate.analysis.chronology;

import org.shredzone.commons.suncalc.SunPosition;
import org.shredzone.commons.suncalc.SunTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The closed intervals of epoch seconds, on the local days around a span, in which a {@link SunCondition}
 * holds at a place.
 * Days are walked in the case's zone; every sun event comes from commons-suncalc. Interval ends are
 * found to the second; shadow directions are sampled each minute between sunrise and sunset, so a
 * shadow window shorter than a minute can be missed (see docs/chronology.md).
 */
final class SunIntervals {
    private static final long DAY = 86_400;
    private static final long SAMPLE_SECONDS = 60;

    private final double lat;
    private final double lon;
    private final ZoneId zone;
    private final SunPosition.Parameters position;

    SunIntervals(double lat, double lon, ZoneId zone) {
        SolarCalculator.checkPlace(lat, lon);
        this.lat = lat;
        this.lon = lon;
        this.zone = zone;
        this.position = SunPosition.compute().at(lat, lon);
    }

    /**
     * Intervals where the condition holds on the local days from the day before {@code from} to the day after
     * {@code to}, each widened by {@code tolerance} seconds. They are not cut to {@code [from, to]}: the solver
     * rules out those outside the item's window and can then name the clues that did.
     */
    List<long[]> where(SunCondition c, long from, long to, long tolerance) {
        long lo = from - DAY;
        long hi = to + DAY;
        List<long[]> raw;
        switch (c.kind()) {
            case DAYLIGHT:
                raw = above(SunTimes.Twilight.VISUAL, lo, hi);
                break;
            case NIGHT:
                raw = minusInterior(List.of(new long[] {lo, hi}), above(SunTimes.Twilight.VISUAL, lo, hi));
                break;
            case CIVIL_TWILIGHT:
                raw = minusInterior(above(SunTimes.Twilight.CIVIL, lo, hi), above(SunTimes.Twilight.VISUAL, lo, hi));
                break;
            case SUNRISE:
                raw = events(true, lo, hi);
                break;
            case SUNSET:
                raw = events(false, lo, hi);
                break;
            case SUNRISE_OR_SUNSET: {
                // low light the analyst cannot place in the morning or the evening: both events stay choices
                List<long[]> both = new ArrayList<>(events(true, lo, hi));
                both.addAll(events(false, lo, hi));
                raw = both;
                break;
            }
            case ELEVATION:
                raw = band(c.low(), c.high(), lo, hi);
                break;
            case SHADOW_AZIMUTH:
                raw = shadow(c.low(), c.high(), lo, hi);
                break;
            default:
                throw new IllegalStateException("unknown sun condition " + c.kind());
        }
        List<long[]> widened = new ArrayList<>();
        for (long[] r : raw) {
            widened.add(new long[] {r[0] - tolerance, r[1] + tolerance});
        }
        return merge(widened);
    }

    /** The local days of the zone covering [lo, hi]: start second and length of each. */
    private List<long[]> days(long lo, long hi) {
        List<long[]> out = new ArrayList<>();
        LocalDate d = Instant.ofEpochSecond(lo).atZone(zone).toLocalDate();
        LocalDate last = Instant.ofEpochSecond(hi).atZone(zone).toLocalDate();
        for (; !d.isAfter(last); d = d.plusDays(1)) {
            long start = d.atStartOfDay(zone).toEpochSecond();
            long end = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
            out.add(new long[] {start, end - start});
        }
        return out;
    }

    private SunTimes times(long[] day, SunTimes.Twilight twilight) {
        ZonedDateTime start = Instant.ofEpochSecond(day[0]).atZone(zone);
        return SolarCalculator.times(lat, lon, start, Duration.ofSeconds(day[1]), twilight);
    }

    /** When the sun is above the twilight's altitude, day by day. */
    private List<long[]> above(SunTimes.Twilight twilight, long lo, long hi) {
        List<long[]> out = new ArrayList<>();
        for (long[] day : days(lo, hi)) {
            long start = day[0];
            long end = day[0] + day[1];
            SunTimes t = times(day, twilight);
            Long rise = seconds(t.getRise());
            Long set = seconds(t.getSet());
            if (rise == null && set == null) {
                if (t.isAlwaysUp()) {
                    out.add(new long[] {start, end});
                }
            } else if (rise != null && set != null) {
                if (rise <= set) {
                    out.add(new long[] {rise, set});
                } else {
                    out.add(new long[] {start, set});
                    out.add(new long[] {rise, end});
                }
            } else if (rise != null) {
                out.add(new long[] {rise, end});
            } else {
                out.add(new long[] {start, set});
            }
        }
        return merge(out);
    }

    private List<long[]> events(boolean rising, long lo, long hi) {
        List<long[]> out = new ArrayList<>();
        for (long[] day : days(lo, hi)) {
            SunTimes t = times(day, SunTimes.Twilight.VISUAL);
            Long at = seconds(rising ? t.getRise() : t.getSet());
            if (at != null) {
                out.add(new long[] {at, at});
            }
        }
        return out;
    }

    /** Where the elevation lies in [low, high]; it is monotone between each day's noon and nadir. */
    private List<long[]> band(double low, double high, long lo, long hi) {
        List<Long> cuts = new ArrayList<>();
        for (long[] day : days(lo, hi)) {
            cuts.add(day[0]);
            SunTimes t = times(day, SunTimes.Twilight.VISUAL);
            Long noon = seconds(t.getNoon());
            Long nadir = seconds(t.getNadir());
            if (noon != null) {
                cuts.add(noon);
            }
            if (nadir != null) {
                cuts.add(nadir);
            }
            cuts.add(day[0] + day[1]);
        }
        cuts.sort(Comparator.naturalOrder());
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            long t0 = cuts.get(i);
            long t1 = cuts.get(i + 1);
            if (t1 <= t0) {
                continue;
            }
            double h0 = elevation(t0);
            double h1 = elevation(t1);
            long a;
            long b;
            if (h1 >= h0) {
                if (h1 < low || h0 > high) {
                    continue;
                }
                a = h0 >= low ? t0 : firstTrue(t0, t1, t -> elevation(t) >= low);
                b = h1 <= high ? t1 : firstTrue(t0, t1, t -> elevation(t) > high) - 1;
            } else {
                if (h0 < low || h1 > high) {
                    continue;
                }
                a = h0 <= high ? t0 : firstTrue(t0, t1, t -> elevation(t) <= high);
                b = h1 >= low ? t1 : firstTrue(t0, t1, t -> elevation(t) < low) - 1;
            }
            if (a <= b) {
                out.add(new long[] {a, b});
            }
        }
        return merge(out);
    }

    /** Where shadows point within {@code allowance} degrees of {@code direction}: sun up, azimuth opposite. */
    private List<long[]> shadow(double direction, double allowance, long lo, long hi) {
        double sunDirection = SolarCalculator.normalise(direction + 180);
        LongPredicate holds = t -> {
            SunPosition p = position.on(Instant.ofEpochSecond(t)).execute();
            if (p.getAltitude() <= 0) {
                return false;
            }
            double diff = Math.abs(SolarCalculator.normalise(p.getAzimuth()) - sunDirection);
            return Math.min(diff, 360 - diff) <= allowance;
        };
        List<long[]> out = new ArrayList<>();
        for (long[] day : above(SunTimes.Twilight.HORIZON, lo, hi)) {
            long t = day[0];
            boolean in = holds.test(t);
            long openedAt = t;
            while (t < day[1]) {
                long next = Math.min(day[1], t + SAMPLE_SECONDS);
                boolean nextIn = holds.test(next);
                if (nextIn != in) {
                    long change = firstTrue(t, next, nextIn ? holds : x -> !holds.test(x));
                    if (in) {
                        out.add(new long[] {openedAt, change - 1});
                    } else {
                        openedAt = change;
                    }
                    in = nextIn;
                }
                t = next;
            }
            if (in) {
                out.add(new long[] {openedAt, day[1]});
            }
        }
        return merge(out);
    }

    private double elevation(long t) {
        return position.on(Instant.ofEpochSecond(t)).execute().getAltitude();
    }

    /** The first second in (t0, t1] where the predicate holds, given it fails at t0 and holds at t1. */
    private static long firstTrue(long t0, long t1, LongPredicate p) {
        long lo = t0;
        long hi = t1;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (p.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static Long seconds(ZonedDateTime t) {
        return t == null ? null : t.toEpochSecond();
    }

    /** Sorted, with overlapping or touching intervals joined. */
    static List<long[]> merge(List<long[]> in) {
        List<long[]> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingLong((long[] r) -> r[0]).thenComparingLong(r -> r[1]));
        List<long[]> out = new ArrayList<>();
        for (long[] r : sorted) {
            if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1] + 1) {
                long[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new long[] {r[0], r[1]});
            }
        }
        return out;
    }

    /** {@code a} less the interiors of {@code b}, keeping the boundary instants (both sorted and merged). */
    static List<long[]> minusInterior(List<long[]> a, List<long[]> b) {
        List<long[]> out = new ArrayList<>();
        for (long[] r : a) {
            long start = r[0];
            boolean open = true;
            for (long[] cut : b) {
                if (cut[1] <= start || cut[0] >= r[1]) {
                    continue;
                }
                if (cut[0] > start) {
                    out.add(new long[] {start, cut[0]});
                }
                start = cut[1];
                if (start >= r[1]) {
                    open = false;
                    break;
                }
            }
            if (open && start <= r[1]) {
                out.add(new long[] {start, r[1]});
            }
        }
        return merge(out);
    }
}
