package io.corroborate.analysis.claims;

import java.time.Instant;

/** One checkable statement of an {@code asserts} text (docs/claims.md). {@code source} is its own text, for reasons. */
sealed interface Statement {
    String source();

    /** Where and when a statement applies; each part may be absent (the whole case). */
    record Scope(String place, int placePosition, Instant from, Instant to) {
        static final Scope CASE = new Scope(null, 0, null, null);

        boolean hasTime() {
            return from != null || to != null;
        }
    }

    /**
     * Something done: {@code absent} for {@code no <force> [by <actor>]}, else the claim that it
     * happened. {@code force} is a force name, a class ({@code firearms}) or {@code any}; {@code actor}
     * is null for any actor.
     */
    record Conduct(boolean absent, String force, String actor, Scope scope, String source) implements Statement {
        String conduct() {
            String f = force.equals(Parser.ANY_FORCE) ? "any force" : force;
            return actor == null ? f : f + " by " + actor;
        }
    }

    enum Measure { KILLED, INJURED, CASUALTIES }

    enum Comparison {
        AT_MOST("<="), LESS("<"), AT_LEAST(">="), MORE(">"), EXACTLY("=");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code killed [scope] <= 0}: a number of distinct people. */
    record Count(Measure measure, Scope scope, Comparison comparison, int number, String source) implements Statement {
    }

    /** The analyst says the claim cannot be checked against footage, and why. */
    record Untestable(String reason, String source) implements Statement {
    }
}
