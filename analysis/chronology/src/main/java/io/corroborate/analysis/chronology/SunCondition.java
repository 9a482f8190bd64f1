package io.corroborate.analysis.chronology;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the light in a piece of footage shows: the value of a {@code sun} clue. {@code low} and
 * {@code high} are the elevation band in degrees for {@link Kind#ELEVATION}; for
 * {@link Kind#SHADOW_AZIMUTH} {@code low} is the compass direction shadows point to and {@code high}
 * the allowed deviation in degrees.
 */
record SunCondition(Kind kind, double low, double high) {
    enum Kind {
        DAYLIGHT, NIGHT, CIVIL_TWILIGHT, SUNRISE, SUNSET, SUNRISE_OR_SUNSET, ELEVATION, SHADOW_AZIMUTH
    }

    static final String EXPECTED = "expected daylight, night, civil-twilight, sunrise, sunset, sunrise-or-sunset, elevation:A..B "
            + "(degrees, e.g. elevation:10..25) or shadow-azimuth:D±T (compass degrees, e.g. shadow-azimuth:300±15)";

    private static final String NUMBER = "\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*";
    private static final Pattern ELEVATION = Pattern.compile("elevation\\s*:" + NUMBER + "\\.\\." + NUMBER);
    private static final Pattern SHADOW = Pattern.compile("shadow-azimuth\\s*:" + NUMBER + "(?:±|\\+-|\\+/-)" + NUMBER);
    /** Default allowance around a sunrise or sunset seen in footage. */
    static final Duration EVENT_TOLERANCE = Duration.ofMinutes(15);

    static SunCondition parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "daylight":
                return new SunCondition(Kind.DAYLIGHT, 0, 0);
            case "night":
                return new SunCondition(Kind.NIGHT, 0, 0);
            case "civil-twilight":
                return new SunCondition(Kind.CIVIL_TWILIGHT, 0, 0);
            case "sunrise":
                return new SunCondition(Kind.SUNRISE, 0, 0);
            case "sunset":
                return new SunCondition(Kind.SUNSET, 0, 0);
            case "sunrise-or-sunset":
                return new SunCondition(Kind.SUNRISE_OR_SUNSET, 0, 0);
            default:
                break;
        }
        Matcher m = ELEVATION.matcher(v);
        if (m.matches()) {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            if (a > b || a < -90 || b > 90) {
                throw new IllegalArgumentException("elevation band " + a + ".." + b + " must run upwards within -90..90; " + EXPECTED);
            }
            return new SunCondition(Kind.ELEVATION, a, b);
        }
        m = SHADOW.matcher(v);
        if (m.matches()) {
            double d = Double.parseDouble(m.group(1));
            double t = Double.parseDouble(m.group(2));
            if (d < 0 || d > 360 || t < 0 || t > 180) {
                throw new IllegalArgumentException("shadow direction must be 0..360 and its allowance 0..180 degrees; " + EXPECTED);
            }
            return new SunCondition(Kind.SHADOW_AZIMUTH, d, t);
        }
        throw new IllegalArgumentException(EXPECTED);
    }

    /** The tolerance when the clue gives none. */
    Duration defaultTolerance() {
        return kind == Kind.SUNRISE || kind == Kind.SUNSET || kind == Kind.SUNRISE_OR_SUNSET ? EVENT_TOLERANCE : Duration.ZERO;
    }
}
