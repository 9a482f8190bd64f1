package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Duration;
import java.time.Instant;

/**
 * A span of time in which something happened: {@code earliest} and {@code latest} are inclusive
 * bounds; either may be {@code null}, meaning the window is open on that side.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeWindow(Instant earliest, Instant latest) {
    public static final TimeWindow UNBOUNDED = new TimeWindow(null, null);

    public TimeWindow {
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("time window starts at " + earliest + " after it ends at " + latest);
        }
    }

    public static TimeWindow at(Instant t) {
        return new TimeWindow(t, t);
    }

    @JsonIgnore
    public boolean isBounded() {
        return earliest != null && latest != null;
    }

    /** Width of a bounded window; {@code null} when open. */
    @JsonIgnore
    public Duration length() {
        return isBounded() ? Duration.between(earliest, latest) : null;
    }

    public boolean contains(Instant t) {
        return (earliest == null || !t.isBefore(earliest)) && (latest == null || !t.isAfter(latest));
    }

    /** The overlap of both windows, or {@code null} when they do not overlap. */
    public TimeWindow intersect(TimeWindow other) {
        Instant e = later(earliest, other.earliest);
        Instant l = earlier(latest, other.latest);
        if (e != null && l != null && e.isAfter(l)) {
            return null;
        }
        return new TimeWindow(e, l);
    }

    /** The smallest window covering both. */
    public TimeWindow span(TimeWindow other) {
        Instant e = earliest == null || other.earliest == null ? null : earlier(earliest, other.earliest);
        Instant l = latest == null || other.latest == null ? null : later(latest, other.latest);
        return new TimeWindow(e, l);
    }

    /** Whether the two windows overlap or lie within {@code gap} of each other. */
    public boolean near(TimeWindow other, Duration gap) {
        if (latest != null && other.earliest != null && latest.plus(gap).isBefore(other.earliest)) {
            return false;
        }
        return other.latest == null || earliest == null || !other.latest.plus(gap).isBefore(earliest);
    }

    /** Whether this window lies wholly before {@code other} (no instant of this one is at or after any of the other). */
    public boolean whollyBefore(TimeWindow other) {
        return latest != null && other.earliest != null && latest.isBefore(other.earliest);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
