package io.corroborate.analysis.claims;

import io.corroborate.analysis.claims.Lexer.Token;
import io.corroborate.analysis.claims.Lexer.Type;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A recursive-descent parser for the {@code asserts} grammar of docs/claims.md. Local dates and times
 * are read in the case's zone with its historical rules. One method per grammar rule.
 */
final class Parser {
    static final String ANY_FORCE = "any";
    static final String FIREARMS = "firearms";
    private static final Set<String> KEYWORDS = Set.of("no", "by", "at", "between", "and", "on", "before", "after",
            "killed", "injured", "casualties", "armed", "untestable");

    private final String text;
    private final List<Token> tokens;
    private final ZoneId zone;
    private int next;

    private Parser(String text, List<Token> tokens, ZoneId zone) {
        this.text = text;
        this.tokens = tokens;
        this.zone = zone;
    }

    /** Parses a whole {@code asserts} text into its statements. */
    static List<Statement> parse(String text, ZoneId zone) throws ClaimSyntaxException {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(zone, "zone is null");
        Parser p = new Parser(text, Lexer.tokens(text), zone);
        return p.asserts();
    }

    // asserts = statement , { ";" , statement } , [ ";" ] ;
    private List<Statement> asserts() throws ClaimSyntaxException {
        List<Statement> out = new ArrayList<>();
        out.add(statement());
        while (peek().type() == Type.SEMICOLON) {
            take();
            if (peek().type() == Type.END) {
                break;
            }
            out.add(statement());
        }
        if (peek().type() != Type.END) {
            throw expected("';' or the end of the text");
        }
        return out;
    }

    // statement = untestable | absence | count | presence ;
    private Statement statement() throws ClaimSyntaxException {
        Token first = peek();
        if (first.isWord("untestable")) {
            take();
            String reason = peek().type() == Type.STRING ? take().text() : null;
            return new Statement.Untestable(reason, source(first));
        }
        if (first.isWord("no")) {
            take();
            return conduct(true, first);
        }
        Statement.Measure measure = measure(first);
        if (measure != null) {
            take();
            Statement.Scope scope = scope();
            Statement.Comparison comparison = comparison();
            Token n = peek();
            if (n.type() != Type.NUMBER) {
                throw expected("a whole number of people");
            }
            take();
            int number;
            try {
                number = Integer.parseInt(n.text());
            } catch (NumberFormatException e) {
                throw new ClaimSyntaxException(n.position(), "the number " + n.text() + " is too large");
            }
            return new Statement.Count(measure, scope, comparison, number, source(first));
        }
        if (isName(first) || first.isWord("armed")) {
            return conduct(false, first);
        }
        throw expected("a statement: 'no <force> [by <actor>]', '<force> [by <actor>]', 'killed ... <= N' or 'untestable'");
    }

    // absence = "no" , conduct , scope ;  presence = conduct , scope ;
    // conduct = "armed" , name | name , [ "by" , name ] ;
    private Statement conduct(boolean absent, Token first) throws ClaimSyntaxException {
        String force;
        String actor = null;
        if (peek().isWord("armed")) {
            take();
            force = FIREARMS;
            actor = label(name("an actor such as security-forces"));
        } else {
            force = label(name("a force such as live-fire, or 'armed'"));
            if (force.equals("force")) {
                force = ANY_FORCE;
            }
            if (peek().isWord("by")) {
                take();
                actor = label(name("an actor such as security-forces"));
            }
        }
        Statement.Scope scope = scope();
        return new Statement.Conduct(absent, force, actor, scope, source(first));
    }

    // scope = { "at" , name | time } ;  each part at most once
    private Statement.Scope scope() throws ClaimSyntaxException {
        String place = null;
        int placePosition = 0;
        Instant from = null;
        Instant to = null;
        boolean timed = false;
        while (true) {
            Token t = peek();
            if (t.isWord("at")) {
                if (place != null) {
                    throw new ClaimSyntaxException(t.position(), "a second place ('at') in one statement");
                }
                take();
                Token where = name("a place (a landmark id or a quoted name)");
                place = where.text();
                placePosition = where.position();
            } else if (t.isWord("between") || t.isWord("on") || t.isWord("before") || t.isWord("after")) {
                if (timed) {
                    throw new ClaimSyntaxException(t.position(), "a second time limit in one statement");
                }
                take();
                timed = true;
                if (t.isWord("between")) {
                    from = moment(true);
                    if (!peek().isWord("and")) {
                        throw expected("'and' after the first time of 'between'");
                    }
                    take();
                    Token end = peek();
                    to = moment(false);
                    if (to.isBefore(from)) {
                        throw new ClaimSyntaxException(end.position(), "the end of 'between' is before its start");
                    }
                } else if (t.isWord("on")) {
                    Token day = peek();
                    if (day.type() != Type.DATE) {
                        throw expected("a date (2022-01-05) after 'on'");
                    }
                    from = moment(true);
                    to = endOfDay(day);
                } else if (t.isWord("before")) {
                    to = moment(true);
                } else {
                    from = moment(false);
                }
            } else {
                return new Statement.Scope(place, placePosition, from, to);
            }
        }
    }

    /** A date or date-time; a date alone means its first instant ({@code start}) or the midnight that ends it. */
    private Instant moment(boolean start) throws ClaimSyntaxException {
        Token t = peek();
        try {
            if (t.type() == Type.DATE) {
                take();
                return start ? LocalDate.parse(t.text()).atStartOfDay(zone).toInstant() : endOfDay(t);
            }
            if (t.type() == Type.DATE_TIME) {
                take();
                String s = t.text();
                if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) {
                    return OffsetDateTime.parse(s).toInstant();
                }
                return LocalDateTime.parse(s).atZone(zone).toInstant();
            }
        } catch (DateTimeException e) {
            throw new ClaimSyntaxException(t.position(), "'" + t.text() + "' is not a valid date or time");
        }
        throw expected("a date (2022-01-05) or a local date-time (2022-01-05T15:00)");
    }

    private Instant endOfDay(Token day) throws ClaimSyntaxException {
        try {
            return LocalDate.parse(day.text()).plusDays(1).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new ClaimSyntaxException(day.position(), "'" + day.text() + "' is not a valid date");
        }
    }

    private Statement.Comparison comparison() throws ClaimSyntaxException {
        Token t = peek();
        if (t.type() != Type.COMPARISON) {
            throw expected("a comparison (<=, <, >=, >, =)");
        }
        take();
        return switch (t.text()) {
            case "<=" -> Statement.Comparison.AT_MOST;
            case "<" -> Statement.Comparison.LESS;
            case ">=" -> Statement.Comparison.AT_LEAST;
            case ">" -> Statement.Comparison.MORE;
            case "=", "==" -> Statement.Comparison.EXACTLY;
            default -> throw new ClaimSyntaxException(t.position(), "'" + t.text() + "' is not a comparison (<=, <, >=, >, =)");
        };
    }

    private static Statement.Measure measure(Token t) {
        for (Statement.Measure m : Statement.Measure.values()) {
            if (t.isWord(m.name())) {
                return m;
            }
        }
        return null;
    }

    // name = word (not a keyword) | quoted string ;
    private Token name(String what) throws ClaimSyntaxException {
        Token t = peek();
        if (!isName(t)) {
            throw expected(what);
        }
        return take();
    }

    private static boolean isName(Token t) {
        return t.type() == Type.STRING && !t.text().isBlank()
                || t.type() == Type.WORD && !KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Force and actor names compare like observation labels: lower case, spaces as hyphens. */
    private static String label(Token t) {
        return t.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    private String source(Token first) {
        Token last = tokens.get(Math.max(0, next - 1));
        int end = last.type() == Type.STRING ? last.position() + last.text().length() + 1 : last.position() - 1 + last.text().length();
        return text.substring(first.position() - 1, Math.max(first.position() - 1, end)).strip();
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private ClaimSyntaxException expected(String what) {
        Token t = peek();
        return new ClaimSyntaxException(t.position(), "expected " + what + ", found " + t.shown());
    }
}
