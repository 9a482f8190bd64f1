package io.corroborate.spi;

/**
 * A source that cannot be read as a whole (or not past a point). Errors are data: a category, the
 * file, and where in it (line, byte offset, JSON pointer, record id). Its message is meant for the
 * investigator and is printed without a stack trace.
 *
 * <p>A single bad record is not an exception: importers report it through
 * {@link ImportContext#skipped} and go on.
 */
public class ImportException extends Exception {
    /** Why a source failed. */
    public enum Category {
        /** The file is missing or cannot be opened. */
        UNREADABLE,
        /** The file is not in the format the importer reads. */
        MALFORMED,
        /** The file stops in the middle of a record; what came before it was imported. */
        TRUNCATED,
        /** The bytes are not valid in the file's encoding. */
        ENCODING,
        /** A size or depth limit was hit (nesting, string length, number size). */
        LIMIT,
        /** A path in the file or the case points outside the case folder. */
        UNSAFE_PATH,
        /** A format variant the importer does not read. */
        UNSUPPORTED
    }

    private final Category category;
    private final String file;
    private final String locator;

    public ImportException(Category category, String file, String locator, String reason) {
        this(category, file, locator, reason, null);
    }

    public ImportException(Category category, String file, String locator, String reason, Throwable cause) {
        super(format(file, locator, reason), cause);
        this.category = java.util.Objects.requireNonNull(category, "category is null");
        this.file = file;
        this.locator = locator;
    }

    private static String format(String file, String locator, String reason) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(": ");
        }
        if (locator != null) {
            b.append(locator).append(": ");
        }
        return b.append(withoutParserNotes(reason)).toString();
    }

    /**
     * A reason without the note Jackson adds to every location when it may not quote the input
     * ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 50,
     * column: 3]} reads {@code [line: 50, column: 3]}): the investigator reading it learns nothing from it.
     */
    static String withoutParserNotes(String reason) {
        return reason == null ? null : reason.replace("Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "");
    }

    public Category category() {
        return category;
    }

    public String file() {
        return file;
    }

    public String locator() {
        return locator;
    }
}
