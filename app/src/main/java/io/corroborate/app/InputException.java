package io.corroborate.app;

/**
 * A user's mistake or bad input that stops a command: exit code 2, a one-line message naming the file
 * and the record, no stack trace.
 */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file: line N: column C: message", leaving out what is unknown. */
    public static InputException at(String file, long line, String column, String message) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(": line ").append(line);
        }
        if (column != null) {
            b.append(": column ").append(column);
        }
        return new InputException(b.append(": ").append(message).toString());
    }
}
