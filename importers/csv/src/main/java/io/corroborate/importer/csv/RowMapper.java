package io.corroborate.importer.csv;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportException;

import java.util.List;

/** Turns the rows of one kind of sheet into items. One instance serves one import (it may count per file). */
interface RowMapper {
    /** The sheet's name for messages, e.g. "4CAT Telegram export". */
    String describe();

    /** Normalised column names every file must have. */
    List<String> requiredColumns();

    /** Checks a file's header; the default requires {@link #requiredColumns()}. */
    default void check(CsvRows rows, FileScope scope) throws ImportException {
        for (String c : requiredColumns()) {
            if (!rows.hasColumn(c)) {
                throw new ImportException(ImportException.Category.MALFORMED, scope.name(), "line 1",
                        "no '" + c + "' column: not a " + describe() + " (columns: " + String.join(", ", rows.headers()) + ")");
            }
        }
    }

    /** The row's item, or {@link InvalidRecord} with the reason it is skipped. */
    EvidenceItem map(CsvRows.Row row, FileScope scope) throws InvalidRecord;

    /** Called after the last row of a file (also after an error), e.g. to report what repeated. */
    default void finish(FileScope scope) {
    }
}
