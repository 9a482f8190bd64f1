package io.corroborate.analysis.claims;

/** An {@code asserts} text that does not follow the grammar; {@code position} is the 1-based character where it goes wrong. */
public final class ClaimSyntaxException extends Exception {
    private final int position;

    public ClaimSyntaxException(int position, String message) {
        super("at character " + position + ": " + message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
