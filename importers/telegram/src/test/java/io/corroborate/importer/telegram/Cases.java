package io.corroborate.importer.telegram;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helper: copies a fixture folder into a fresh case folder and runs the importer on it. */
final class Cases {
    static final Instant IMPORTED_AT = Instant.parse("2022-02-01T00:00:00Z");
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private Cases() {
    }

    /** Copies test resource folder {@code name} to {@code caseRoot/name} and returns the copy. */
    static Path copy(String name, Path caseRoot) {
        try {
            URL url = Cases.class.getResource("/" + name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            Path from = Path.of(url.toURI());
            Path to = caseRoot.resolve(name);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BasicImportContext context(Path caseRoot, ZoneId sourceZone, Map<String, String> options) {
        return new BasicImportContext(caseRoot, ALMATY, sourceZone, options, Clock.fixed(IMPORTED_AT, ZoneOffset.UTC));
    }

    static BasicImportContext context(Path caseRoot) {
        return context(caseRoot, null, Map.of());
    }

    /** The items of one run; an import error is rethrown after the items it let through were collected. */
    static List<EvidenceItem> read(Path source, BasicImportContext context) throws ImportException, IOException {
        List<EvidenceItem> items = new ArrayList<>();
        new TelegramImporter().read(source, context, items::add);
        return items;
    }

    static EvidenceItem item(List<EvidenceItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " among " + items.stream().map(EvidenceItem::id).toList()));
    }
}
