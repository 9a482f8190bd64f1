package io.corroborate.importer.media;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Original photos and videos (the files a witness or journalist sent): a folder, read recursively in
 * path order, or one file; or ExifTool's {@code -json -G} report when the source is a {@code .json}
 * file. Each file becomes an item {@code media:<path relative to the case>} of kind photo or video
 * with its SHA-256, size, type, duration and dimensions, one {@code metadata} clue per capture time
 * its metadata holds and one {@code place} clue per GPS position. The file system's modification
 * time is never read. See docs/importers/media.md.
 *
 * <p>Options: {@code platform} (default {@code direct}), {@code author} (who sent the files),
 * {@code clock-tolerance} (how far a device clock may be off, default 2m). The source's
 * {@code timezone} decides how wall times without an offset are read.
 *
 * <p>The importer opens and closes every file it reads. A damaged media file is still an item (with
 * its hash and a warning); symbolic links that leave the case folder are refused as skipped records.
 */
public final class MediaImporter implements SourceImporter {
    public MediaImporter() {
        // stateless: ServiceLoader needs a public no-argument constructor
    }

    @Override
    public String id() {
        return MediaItems.IMPORTER;
    }

    @Override
    public String description() {
        return "Original photos and videos (EXIF, QuickTime/MP4 metadata) and ExifTool -json -G reports";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(context, "context is null");
        Objects.requireNonNull(sink, "sink is null");
        if (!Files.exists(source)) {
            throw new ImportException(ImportException.Category.UNREADABLE, context.sourceName(source), null, "no such file or folder");
        }
        MediaItems.Settings settings = MediaItems.Settings.of(context, source);
        if (!Files.isDirectory(source)) {
            if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                new ExifToolJsonReader(context, settings).read(source, sink);
                return;
            }
            EvidenceItem item = new MediaFileReader(context, settings).read(source);
            if (item != null) {
                sink.accept(item);
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> !p.equals(source))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .sorted((a, b) -> source.relativize(a).toString().compareTo(source.relativize(b).toString()))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MediaFileReader reader = new MediaFileReader(context, settings);
        for (Path f : files) {
            if (Files.isSymbolicLink(f)) {
                try {
                    context.resolveInside(source, source.relativize(f).toString(), f, "file");
                } catch (ImportException e) {
                    context.skipped(f, "file", e.getMessage());
                    continue;
                }
                if (!Files.isRegularFile(f)) {
                    continue;
                }
            }
            if (hiddenByFolder(source, f) || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            EvidenceItem item = reader.read(f);
            if (item != null) {
                sink.accept(item);
            }
        }
    }

    /** Files inside hidden folders ({@code .thumbnails}, {@code .git}) are not evidence the team sent. */
    private static boolean hiddenByFolder(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
