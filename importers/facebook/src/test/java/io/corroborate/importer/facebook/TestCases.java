package io.corroborate.importer.facebook;

import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Copies fixtures into a fresh case folder and runs the importer on them. */
final class TestCases {
    static final Instant IMPORTED_AT = Fixtures.IMPORTED_AT;

    private TestCases() {
    }

    /** Copies the test resource folder {@code resource} to {@code caseRoot/resource}, returning the copy. */
    static Path copy(String resource, Path caseRoot) throws IOException {
        return Fixtures.copy(resource, caseRoot);
    }

    static BasicImportContext context(Path caseRoot) {
        return context(caseRoot, Map.of());
    }

    static BasicImportContext context(Path caseRoot, Map<String, String> options) {
        return context(caseRoot, null, options);
    }

    /** Case zone Asia/Almaty, the given source zone (or none), a fixed clock. */
    static BasicImportContext context(Path caseRoot, ZoneId sourceZone, Map<String, String> options) {
        return Fixtures.context(caseRoot, sourceZone, options);
    }

    static List<EvidenceItem> read(Path source, ImportContext context) throws ImportException, IOException {
        List<EvidenceItem> items = new ArrayList<>();
        new FacebookImporter().read(source, context, items::add);
        return items;
    }

    static EvidenceItem item(List<EvidenceItem> items, String id) {
        return Fixtures.item(items, id);
    }

    static Clue clue(EvidenceItem item, String clueId) {
        return item.clues().stream().filter(c -> c.id().equals(clueId)).findFirst()
                .orElseThrow(() -> new AssertionError("no clue " + clueId + " in " + item.clues()));
    }
}
