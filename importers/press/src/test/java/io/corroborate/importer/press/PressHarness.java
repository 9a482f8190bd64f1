package io.corroborate.importer.press;

import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helper: copies fixtures into a fresh case folder and runs the press importer on them. */
final class PressHarness {
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-01T00:00:00Z"), ZoneOffset.UTC);

    /** What one run produced. */
    record Result(List<EvidenceItem> items, BasicImportContext context, ImportException error) {
        EvidenceItem item(String id) {
            return items.stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + id + " among " + items.stream().map(EvidenceItem::id).toList()));
        }

        List<String> ids() {
            return items.stream().map(EvidenceItem::id).toList();
        }
    }

    private PressHarness() {
    }

    /** Copies {@code resource} (under src/test/resources) into {@code caseRoot} and returns the copy. */
    static Path copy(String resource, Path caseRoot) {
        return io.corroborate.testing.Fixtures.copy(resource, caseRoot);
    }

    static Result run(Path source, Path caseRoot, ZoneId sourceZone, Map<String, String> options) {
        BasicImportContext context = new BasicImportContext(caseRoot, ALMATY, sourceZone, options, CLOCK);
        List<EvidenceItem> items = new ArrayList<>();
        ImportException error = null;
        try {
            new PressImporter().read(source, context, items::add);
        } catch (ImportException e) {
            error = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(items, context, error);
    }

    static Result run(String resource, Path caseRoot) {
        return run(copy(resource, caseRoot), caseRoot, null, Map.of());
    }

    static Optional<Clue> clue(EvidenceItem item, String kind) {
        return item.clues().stream().filter(c -> c.kind().equals(kind)).findFirst();
    }
}
