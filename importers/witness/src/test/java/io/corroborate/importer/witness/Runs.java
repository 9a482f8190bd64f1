package io.corroborate.importer.witness;

import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: copies fixtures into a case folder and runs the importer on them. */
final class Runs {
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-01T00:00:00Z"), ZoneOffset.UTC);

    /** What one import produced. */
    record Result(List<EvidenceItem> items, BasicImportContext context, ImportException error) {
        EvidenceItem item(String id) {
            return items.stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + id + " in " + items.stream().map(EvidenceItem::id).toList()));
        }

        Clue clue(String id) {
            return items.stream().flatMap(i -> i.clues().stream()).filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no clue " + id));
        }

        List<String> ids() {
            return items.stream().map(EvidenceItem::id).toList();
        }

        List<String> skipped() {
            return context.skippedRecords().stream().map(Object::toString).toList();
        }
    }

    private Runs() {
    }

    /** Copies the resource folder (or file) {@code resource} into {@code caseRoot} and returns the copy. */
    static Path copy(String resource, Path caseRoot) throws IOException {
        return io.corroborate.testing.Fixtures.copy(resource, caseRoot);
    }

    /** Everything of an item except its sensitive map, as text. */
    static String withoutSensitive(EvidenceItem i) {
        return new EvidenceItem(i.id(), i.platform(), i.kind(), i.url(), i.author(), i.publishedAt(), i.editedAt(), i.title(),
                i.text(), i.media(), i.links(), i.repostOf(), i.forwardedFrom(), i.clues(), Map.of(), i.provenance()).toString();
    }

    static Result run(Path source, Path caseRoot, ZoneId sourceZone, Map<String, String> options) throws IOException {
        BasicImportContext context = new BasicImportContext(caseRoot, ALMATY, sourceZone, options, CLOCK);
        List<EvidenceItem> items = new ArrayList<>();
        ImportException error = null;
        try {
            new WitnessImporter().read(source, context, items::add);
        } catch (ImportException e) {
            error = e;
        }
        return new Result(items, context, error);
    }

    static Result run(Path source, Path caseRoot) throws IOException {
        return run(source, caseRoot, null, Map.of());
    }
}
