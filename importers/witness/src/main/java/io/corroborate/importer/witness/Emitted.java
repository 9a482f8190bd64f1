package io.corroborate.importer.witness;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Hands items to the sink once per id: a case holds each id once, so a repeated statement is skipped. */
final class Emitted {
    private final ImportContext context;
    private final Map<String, String> seen = new HashMap<>();

    Emitted(ImportContext context) {
        this.context = context;
    }

    void accept(EvidenceItem item, Path file, String locator, Consumer<EvidenceItem> sink) {
        String where = context.sourceName(file) + " " + locator;
        String first = seen.putIfAbsent(item.id(), where);
        if (first != null) {
            context.skipped(file, locator, item.id() + " is already imported from " + first);
            return;
        }
        sink.accept(item);
    }
}
