package io.corroborate.testing;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What every importer module's tests do: put a fixture from {@code src/test/resources} into a fresh case
 * folder, build a context (case zone Asia/Almaty, a fixed clock), run the importer, find an item.
 */
public final class Fixtures {
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    public static final Instant IMPORTED_AT = Instant.parse("2022-02-01T00:00:00Z");
    public static final Clock CLOCK = Clock.fixed(IMPORTED_AT, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** Copies the test resource (a folder with all it holds, or one file) to {@code caseRoot/resource}; returns the copy. */
    public static Path copy(String resource, Path caseRoot) {
        URL url = Fixtures.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            Path from = Path.of(url.toURI());
            Path to = caseRoot.resolve(resource);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
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

    /** A context rooted at {@code caseRoot}, case zone Asia/Almaty, the fixed clock. */
    public static BasicImportContext context(Path caseRoot, ZoneId sourceZone, Map<String, String> options) {
        return new BasicImportContext(caseRoot, ALMATY, sourceZone, options, CLOCK);
    }

    public static BasicImportContext context(Path caseRoot) {
        return context(caseRoot, null, Map.of());
    }

    /** The items of one run; an import error is thrown after the items it let through were collected in {@code into}. */
    public static List<EvidenceItem> read(SourceImporter importer, Path source, BasicImportContext context, List<EvidenceItem> into)
            throws ImportException, IOException {
        importer.read(source, context, into::add);
        return into;
    }

    public static List<EvidenceItem> read(SourceImporter importer, Path source, BasicImportContext context) throws ImportException, IOException {
        return read(importer, source, context, new ArrayList<>());
    }

    /** The item with {@code id}, or an assertion error listing the ids there are. */
    public static EvidenceItem item(List<EvidenceItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " among " + items.stream().map(EvidenceItem::id).toList()));
    }

    /**
     * Writes {@code before}, a run of 100 MiB of {@code 'x'}, then {@code after} (UTF-8), streamed so the
     * test never holds the huge string: the "100 MB string" of every importer's hostile corpus.
     */
    public static Path writeWithHundredMegabytes(Path file, String before, String after) throws IOException {
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(before.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write(after.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }
}
