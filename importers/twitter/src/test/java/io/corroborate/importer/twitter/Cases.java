package io.corroborate.importer.twitter;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Test helper: the shared {@link Fixtures} with this module's importer. */
final class Cases {
    static final Instant IMPORTED_AT = Fixtures.IMPORTED_AT;
    static final ZoneId ALMATY = Fixtures.ALMATY;

    private Cases() {
    }

    static Path copy(String name, Path caseRoot) {
        return Fixtures.copy(name, caseRoot);
    }

    static BasicImportContext context(Path caseRoot, ZoneId sourceZone, Map<String, String> options) {
        return Fixtures.context(caseRoot, sourceZone, options);
    }

    static BasicImportContext context(Path caseRoot) {
        return Fixtures.context(caseRoot);
    }

    static List<EvidenceItem> read(Path source, BasicImportContext context) throws ImportException, IOException {
        return Fixtures.read(new TwitterImporter(), source, context);
    }

    static EvidenceItem item(List<EvidenceItem> items, String id) {
        return Fixtures.item(items, id);
    }
}
