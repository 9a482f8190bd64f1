package io.corroborate.importer.twitter;

/**
 * Decodes the HTML entities Twitter writes into tweet text ({@code &amp;}, {@code &lt;}, {@code &gt;},
 * and the odd {@code &quot;} or numeric reference). One pass, so {@code &amp;lt;} becomes {@code &lt;}
 * as the author typed it; unknown entities stay as written.
 */
final class HtmlEntities {
    private static final int LONGEST = 10;

    private HtmlEntities() {
    }

    static String decode(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = s.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= LONGEST) {
                    int code = code(s.substring(i + 1, semi));
                    if (code >= 0) {
                        b.appendCodePoint(code);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static int code(String name) {
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            case "nbsp":
                return 0xA0;
            default:
                break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty()) {
            return -1;
        }
        try {
            int v = Integer.parseInt(digits, hex ? 16 : 10);
            return v > 0 && v <= Character.MAX_CODE_POINT && (v < Character.MIN_SURROGATE || v > Character.MAX_SURROGATE) ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
