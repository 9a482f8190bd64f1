package io.corroborate.exporter.html;

import java.util.Locale;

/**
 * Escaping for the two contexts the report puts data in: element text and double-quoted attribute
 * values. Nothing from a case ever goes into a script, a style, a URL attribute (except through
 * {@link #safeHref}) or an unquoted attribute.
 */
public final class Html {
    private static final char REPLACEMENT = '\uFFFD';

    private Html() {
    }

    /** {@code s} as element text: {@code & < >} escaped, and quotes too so the result is also safe in an attribute. */
    public static String text(String s) {
        return escape(s);
    }

    /** {@code s} as a double-quoted attribute value. */
    public static String attr(String s) {
        return escape(s);
    }

    private static String escape(String s) {
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
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || isForbiddenControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                        // lone surrogates and C0/C1 controls are not valid HTML text; the UTF-8 writer would turn them into '?'
                        b.append(REPLACEMENT);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * The URL if it may become a link: an absolute {@code http} or {@code https} URL with a host and no
     * whitespace or control characters (browsers drop tabs and newlines inside URLs, which would let
     * {@code java\tscript:} through a naive check). Anything else (including {@code javascript:},
     * {@code data:}, {@code file:} and relative URLs) gives {@code null} and is shown as text only.
     */
    public static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return null;
            }
        }
        String lower = u.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("https://")) {
            rest = u.substring(8);
        } else if (lower.startsWith("http://")) {
            rest = u.substring(7);
        } else {
            return null;
        }
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.isEmpty() || host.startsWith(":")) {
            return null;
        }
        return u;
    }

    /** The first {@code max} code points of {@code s} with runs of whitespace collapsed, and an ellipsis when cut. */
    public static String excerpt(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }
}
