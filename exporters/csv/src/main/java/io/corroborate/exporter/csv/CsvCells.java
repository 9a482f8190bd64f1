package io.corroborate.exporter.csv;

/**
 * Formula neutralisation for cells whose text came from sources or analysts: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a {@code '} in front, so
 * a spreadsheet shows it as text instead of running it. Values the exporters format themselves
 * (times, coordinates, counts, status words) are written as they are, so numbers stay numbers.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell for a piece of source or analyst text; {@code null} becomes an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsDangerously(value) ? "'" + value : value;
    }

    /** Whether a spreadsheet could read the value as a formula (or a DDE call). */
    public static boolean startsDangerously(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
