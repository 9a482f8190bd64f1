package io.corroborate.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an {@code asserts} text into tokens, each with its 1-based character position. */
final class Lexer {
    enum Type { WORD, NUMBER, DATE, DATE_TIME, STRING, COMPARISON, SEMICOLON, END }

    record Token(Type type, String text, int position) {
        boolean isWord(String keyword) {
            return type == Type.WORD && text.equalsIgnoreCase(keyword);
        }

        String shown() {
            return type == Type.END ? "the end of the text" : "'" + text + "'";
        }
    }

    static final int MAX_LENGTH = 10_000;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}_-]*");

    private Lexer() {
    }

    static List<Token> tokens(String text) throws ClaimSyntaxException {
        if (text.length() > MAX_LENGTH) {
            throw new ClaimSyntaxException(MAX_LENGTH + 1, "an asserts text longer than " + MAX_LENGTH + " characters");
        }
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int pos = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new ClaimSyntaxException(pos, "a quoted name that is never closed");
                }
                out.add(new Token(Type.STRING, text.substring(i + 1, end), pos));
                i = end + 1;
            } else if (c == '<' || c == '>' || c == '=') {
                boolean twoChars = i + 1 < text.length() && text.charAt(i + 1) == '=';
                out.add(new Token(Type.COMPARISON, text.substring(i, i + (twoChars ? 2 : 1)), pos));
                i += twoChars ? 2 : 1;
            } else if (c == ';') {
                out.add(new Token(Type.SEMICOLON, ";", pos));
                i++;
            } else if (wordChar(c)) {
                int end = i;
                while (end < text.length() && wordChar(text.charAt(end))) {
                    end++;
                }
                out.add(classify(text.substring(i, end), pos));
                i = end;
            } else {
                throw new ClaimSyntaxException(pos, "unexpected character '" + c + "'");
            }
        }
        out.add(new Token(Type.END, "", text.length() + 1));
        return out;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '+' || c == '.';
    }

    private static Token classify(String s, int pos) throws ClaimSyntaxException {
        if (NUMBER.matcher(s).matches()) {
            return new Token(Type.NUMBER, s, pos);
        }
        if (DATE.matcher(s).matches()) {
            return new Token(Type.DATE, s, pos);
        }
        if (DATE_TIME.matcher(s).matches()) {
            return new Token(Type.DATE_TIME, s, pos);
        }
        if (WORD.matcher(s).matches()) {
            return new Token(Type.WORD, s, pos);
        }
        throw new ClaimSyntaxException(pos, "'" + s + "' is not a word, a number, a date (2022-01-05) or a date-time (2022-01-05T15:00)");
    }
}
