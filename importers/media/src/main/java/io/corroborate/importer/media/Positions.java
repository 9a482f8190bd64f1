package io.corroborate.importer.media;

import io.corroborate.model.GeoPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GPS positions from a file's metadata: ISO 6709 strings, decimal and degree-minute-second text. */
final class Positions {
    /** A position, its horizontal accuracy in metres when the file states one, and where it was read. */
    record Position(GeoPoint point, Double radiusMetres, String note) {
        /** The {@code place} clue value: {@code lat,lon[,radius_m]}. */
        String value() {
            String v = decimal(point.lat()) + "," + decimal(point.lon());
            return radiusMetres == null ? v : v + "," + Math.max(1, Math.round(radiusMetres));
        }

        /** Same place to a micro-degree (about 0.1 m). */
        boolean samePointAs(Position other) {
            return decimal(point.lat()).equals(decimal(other.point.lat())) && decimal(point.lon()).equals(decimal(other.point.lon()));
        }
    }

    // ISO 6709 Annex H: ±DD[MM[SS]][.f]±DDD[MM[SS]][.f][±alt][CRS]/
    private static final Pattern ISO_6709 = Pattern.compile("([+-])(\\d{2})(\\d{2})?(\\d{2})?(\\.\\d+)?([+-])(\\d{3})(\\d{2})?(\\d{2})?(\\.\\d+)?([+-][\\d.]+)?(CRS[^/]*)?/?");
    private static final Pattern DMS = Pattern.compile(
            "\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*(?:deg|°)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*'\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*\"\\s*)?([NSEW])?\\s*",
            Pattern.CASE_INSENSITIVE);

    private Positions() {
    }

    /** A position from an ISO 6709 string such as {@code +43.2389+076.9455+000.000/}; {@code null} if it is not one. */
    static GeoPoint iso6709(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO_6709.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        double lat = part(m.group(2), m.group(3), m.group(4), m.group(5)) * (m.group(1).equals("-") ? -1 : 1);
        double lon = part(m.group(7), m.group(8), m.group(9), m.group(10)) * (m.group(6).equals("-") ? -1 : 1);
        return point(lat, lon);
    }

    /**
     * One coordinate from text: {@code 43.2389}, {@code -76.9}, {@code 43 deg 14' 20.04" N}; a trailing
     * S or W, or a {@code ref} of South/West, makes it negative. {@code NaN} when it is not a coordinate.
     */
    static double coordinate(String text, String ref) {
        if (text == null) {
            return Double.NaN;
        }
        Matcher m = DMS.matcher(text);
        if (!m.matches()) {
            return Double.NaN;
        }
        double v = Math.abs(Double.parseDouble(m.group(1)));
        if (m.group(2) != null) {
            v += Double.parseDouble(m.group(2)) / 60;
        }
        if (m.group(3) != null) {
            v += Double.parseDouble(m.group(3)) / 3600;
        }
        String hemisphere = m.group(4) != null ? m.group(4) : ref == null ? null : ref.strip();
        boolean negative = m.group(1).startsWith("-")
                || hemisphere != null && !hemisphere.isEmpty() && "SW".indexOf(Character.toUpperCase(hemisphere.charAt(0))) >= 0;
        return negative ? -v : v;
    }

    /** A checked point; {@code null} when out of range, not a number, or exactly 0,0 (a device without a fix). */
    static GeoPoint point(double lat, double lon) {
        if (Double.isNaN(lat) || Double.isNaN(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || lat == 0 && lon == 0) {
            return null;
        }
        return new GeoPoint(lat, lon);
    }

    private static double part(String degrees, String minutes, String seconds, String fraction) {
        double f = fraction == null ? 0 : Double.parseDouble("0" + fraction);
        if (minutes == null) {
            return Integer.parseInt(degrees) + f;
        }
        if (seconds == null) {
            return Integer.parseInt(degrees) + (Integer.parseInt(minutes) + f) / 60.0;
        }
        return Integer.parseInt(degrees) + Integer.parseInt(minutes) / 60.0 + (Integer.parseInt(seconds) + f) / 3600.0;
    }

    private static String decimal(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
