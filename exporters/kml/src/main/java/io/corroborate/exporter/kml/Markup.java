package io.corroborate.exporter.kml;

/**
 * Text hygiene for KML. Google Earth renders a {@code <description>} as HTML, so source text is first
 * HTML-escaped ({@link #html}) and the whole fragment is then XML-escaped by the stream writer: a
 * {@code <script>} in a post reaches the balloon as visible text, never as markup. Characters that XML
 * 1.0 cannot carry at all (control characters, lone surrogates) become U+FFFD ({@link #xml}).
 */
final class Markup {
    private Markup() {
    }

    /** {@code s} with every character XML 1.0 forbids replaced by U+FFFD. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code s} escaped for HTML text and attribute values. */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** HTML text with its line breaks kept as {@code <br>}. */
    static String htmlLines(String s) {
        return html(s).replace("\r\n", "\n").replace("\n", "<br>");
    }
}
