package io.corroborate.exporter.html;

import java.util.List;
import java.util.Locale;

/** Small shared pieces of the report's inline SVG: number formatting, colours, swatches. */
final class Svg {
    /** Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), then two darker extras. */
    static final List<String> INCIDENT_COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#5E3C99");
    static final String NO_INCIDENT_COLOUR = "#6B6B6B";
    static final String NIGHT = "#C5CBE0";
    static final String TWILIGHT = "#E2E5F1";
    static final String DAY = "#FFF8DC";

    private Svg() {
    }

    /** A coordinate with one decimal, independent of the machine's locale. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }

    /** The colour of the incident at {@code index} (0-based), or the neutral grey for -1. */
    static String incidentColour(int index) {
        return index < 0 ? NO_INCIDENT_COLOUR : INCIDENT_COLOURS.get(index % INCIDENT_COLOURS.size());
    }

    /** The shade of a phase of the day. */
    static String phaseFill(Daylight.Phase p) {
        return switch (p) {
            case NIGHT -> NIGHT;
            case TWILIGHT -> TWILIGHT;
            case DAY -> DAY;
        };
    }

    /** A 12 px square of {@code fill} for legends (drawn, so the page needs no style per colour). */
    static String swatch(String fill, String stroke) {
        return "<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"11\" height=\"11\" fill=\""
                + fill + "\" stroke=\"" + stroke + "\"/></svg>";
    }

    /** A rendered chart and how many item marks it holds, with the items it could not draw. */
    record Drawing(String svg, int itemMarks, List<String> notDrawn) {
        Drawing {
            notDrawn = List.copyOf(notDrawn);
        }
    }
}
