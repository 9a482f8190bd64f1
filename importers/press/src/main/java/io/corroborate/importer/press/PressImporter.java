package io.corroborate.importer.press;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Press and agency reports: RSS 2.0 / RSS 1.0 / Atom feeds ({@code .xml}, {@code .rss}, {@code .atom})
 * and saved article pages ({@code .html}, {@code .htm}), one file or a folder of them (read
 * recursively, in path order). Each article becomes an item of platform {@code press}, kind
 * {@code article}, with the outlet as its author; its publication time becomes a {@code published}
 * clue and its last change an {@code edited} clue. See docs/importers/press.md.
 *
 * <p>Options: {@code outlet} names the outlet (author and id) instead of the page's publisher or the
 * URL's host. The source's {@code timezone} is needed for dates written without an offset.
 *
 * <p>The importer opens and closes every file it reads. In a folder, a file that breaks does not stop
 * the others: the first {@link ImportException} is thrown after all files were read. Symbolic links
 * that leave the case folder are refused as skipped records.
 */
public final class PressImporter implements SourceImporter {
    private static final List<String> FEEDS = List.of(".xml", ".rss", ".atom");
    private static final List<String> PAGES = List.of(".html", ".htm");

    public PressImporter() {
        // stateless: ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return PressRun.IMPORTER;
    }

    @Override
    public String description() {
        return "Press: RSS/Atom feeds and saved article pages (schema.org JSON-LD, Open Graph)";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(context, "context is null");
        Objects.requireNonNull(sink, "sink is null");
        PressRun run = new PressRun(context, sink);
        if (!Files.exists(source)) {
            throw new ImportException(ImportException.Category.UNREADABLE, context.sourceName(source), null, "no such file or folder");
        }
        if (!Files.isDirectory(source)) {
            if (kindOf(source) == null) {
                throw new ImportException(ImportException.Category.UNSUPPORTED, context.sourceName(source), null,
                        "not a feed (.xml, .rss, .atom) or an article page (.html, .htm)");
            }
            readFile(source, run);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> kindOf(p) != null)
                    .sorted((a, b) -> source.relativize(a).toString().compareTo(source.relativize(b).toString()))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ImportException first = null;
        for (Path f : files) {
            try {
                if (Files.isSymbolicLink(f)) {
                    // a link may point out of the case folder; SafePaths refuses those
                    context.resolveInside(source, source.relativize(f).toString(), f, "file");
                }
            } catch (ImportException e) {
                context.skipped(f, "file", e.getMessage());
                continue;
            }
            try {
                readFile(f, run);
            } catch (ImportException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void readFile(Path file, PressRun run) throws ImportException, IOException {
        if (kindOf(file).equals("feed")) {
            new FeedReader().read(file, run);
        } else {
            new ArticlePageReader().read(file, run);
        }
    }

    private static String kindOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (FEEDS.stream().anyMatch(n::endsWith)) {
            return "feed";
        }
        return PAGES.stream().anyMatch(n::endsWith) ? "page" : null;
    }
}
