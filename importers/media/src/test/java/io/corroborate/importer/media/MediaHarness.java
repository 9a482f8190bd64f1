package io.corroborate.importer.media;

import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: writes media into a fresh case folder and runs the media importer. */
final class MediaHarness {
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

    private MediaHarness() {
    }

    static Path write(Path caseRoot, String relative, byte[] bytes) {
        try {
            Path f = caseRoot.resolve(relative);
            Files.createDirectories(f.getParent());
            return Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String resource, Path caseRoot) {
        return io.corroborate.testing.Fixtures.copy(resource, caseRoot);
    }

    static Result run(Path source, Path caseRoot, ZoneId sourceZone, Map<String, String> options) {
        BasicImportContext context = new BasicImportContext(caseRoot, ALMATY, sourceZone, options, CLOCK);
        List<EvidenceItem> items = new ArrayList<>();
        ImportException error = null;
        try {
            new MediaImporter().read(source, context, items::add);
        } catch (ImportException e) {
            error = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(items, context, error);
    }

    static Result run(Path source, Path caseRoot) {
        return run(source, caseRoot, null, Map.of());
    }

    static List<Clue> clues(EvidenceItem item, String kind) {
        return item.clues().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** The JPEG of the tests: 15:14:03.45 +06:00 in Almaty, GPS 43°14'20.04"N 76°56'43.8"E ± 5 m. */
    static byte[] almatyJpeg() {
        return new JpegBuilder().original("2022:01:05 15:14:03", "+06:00", "45")
                .position("N", 43, 14, 2004, "E", 76, 56, 4380)
                .gps(JpegBuilder.rationals(0x001f, 5, 1))
                .build();
    }
}
