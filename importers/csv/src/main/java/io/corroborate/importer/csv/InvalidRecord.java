package io.corroborate.importer.csv;

/** A row that cannot be imported; its message is the reason given to {@code ImportContext.skipped}. */
final class InvalidRecord extends Exception {
    InvalidRecord(String reason) {
        super(reason, null, false, false);
    }
}
