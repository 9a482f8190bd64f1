package io.corroborate.importer.witness;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sheet layout: {@code witnesses.csv} (one row per witness) and {@code statements.csv} (one row per
 * statement), read by column name. The witness sheet is read first and kept in memory (it is small);
 * statements are streamed.
 */
final class WitnessSheets {
    static final String WITNESSES = "witnesses.csv";
    static final String STATEMENTS = "statements.csv";

    private final ImportContext context;
    private final Statements.Settings settings;
    private final char delimiter;
    private final CsvRows.Limits limits;
    private final Emitted emitted;

    WitnessSheets(ImportContext context, Statements.Settings settings, char delimiter, CsvRows.Limits limits, Emitted emitted) {
        this.context = context;
        this.settings = settings;
        this.delimiter = delimiter;
        this.limits = limits;
        this.emitted = emitted;
    }

    /** Reads both sheets of {@code folder}; a broken witness sheet is reported after the statements are read. */
    void read(Path folder, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Path witnessesFile = folder.resolve(WITNESSES);
        Path statementsFile = folder.resolve(STATEMENTS);
        Map<String, Witness> witnesses = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        ImportException witnessError = null;
        try {
            readWitnesses(witnessesFile, witnesses, refused);
        } catch (ImportException e) {
            // the witnesses read before the break still carry their statements
            witnessError = e;
        }
        readStatements(statementsFile, witnesses, refused, sink);
        if (witnessError != null) {
            throw witnessError;
        }
    }

    private void readWitnesses(Path file, Map<String, Witness> witnesses, Map<String, String> refused) throws ImportException, IOException {
        String name = WitnessImporter.register(context, file);
        try (CsvRows rows = CsvRows.open(file, name, delimiter, limits)) {
            if (!rows.hasColumn("witness") && !rows.hasColumn("id")) {
                throw new ImportException(ImportException.Category.MALFORMED, name, "line 1",
                        "no 'witness' column: the witness sheet needs witness, role, interviewed_on, may_name, name, contact, notes");
            }
            Map<String, Long> lines = new HashMap<>();
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.isBlank()) {
                    continue;
                }
                Witness w;
                try {
                    w = Witness.parse(fields(rows.headers(), row));
                } catch (InvalidRecord e) {
                    String id = row.get("witness").isBlank() ? row.get("id").strip() : row.get("witness").strip();
                    if (!id.isEmpty()) {
                        refused.putIfAbsent(id, "its row in " + WITNESSES + " (" + row.locator() + ") was skipped");
                    }
                    context.skipped(file, row.locator(), e.getMessage());
                    continue;
                }
                Long first = lines.putIfAbsent(w.id(), row.line());
                if (first != null) {
                    context.skipped(file, row.locator(), "witness " + w.id() + " is already on line " + first);
                    continue;
                }
                witnesses.put(w.id(), w);
            }
        }
    }

    private void readStatements(Path file, Map<String, Witness> witnesses, Map<String, String> refused,
                                Consumer<EvidenceItem> sink) throws ImportException, IOException {
        String name = WitnessImporter.register(context, file);
        try (CsvRows rows = CsvRows.open(file, name, delimiter, limits)) {
            for (String required : List.of("witness", "statement", "said")) {
                if (!rows.hasColumn(required)) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, "line 1",
                            "no '" + required + "' column: the statements sheet needs witness, statement, said (see docs/importers/witness.md)");
                }
            }
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.isBlank()) {
                    continue;
                }
                String id = row.get("witness").strip();
                Witness w = witnesses.get(id);
                if (w == null) {
                    String why = refused.get(id);
                    context.skipped(file, row.locator(), id.isEmpty() ? "the witness column is empty"
                            : "witness '" + Fields.shorten(id) + "' " + (why != null ? "is not usable: " + why : "is not in " + WITNESSES));
                    continue;
                }
                try {
                    EvidenceItem item = Statements.build(w, fields(rows.headers(), row),
                            context.provenance(Statements.IMPORTER, file, row.locator()), settings);
                    emitted.accept(item, file, row.locator(), sink);
                } catch (InvalidRecord e) {
                    context.skipped(file, row.locator(), e.getMessage());
                }
            }
        }
    }

    /** A row as normalised column name to value (the first of two columns with one name wins). */
    private static Map<String, String> fields(List<String> headers, CsvRows.Row row) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < row.values().size(); i++) {
            if (!headers.get(i).isEmpty()) {
                m.putIfAbsent(headers.get(i), row.values().get(i));
            }
        }
        return m;
    }
}
