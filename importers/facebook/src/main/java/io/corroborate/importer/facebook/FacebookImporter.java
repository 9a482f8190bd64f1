package io.corroborate.importer.facebook;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports Facebook data (importer id {@code facebook}): "Download Your Information" posts JSON
 * ({@code your_posts_1.json} and the newer {@code your_facebook_activity/posts/...} layouts, with
 * Facebook's escaped UTF-8 repaired) and CrowdTangle posts CSV. The source is one file (JSON or CSV,
 * told apart by extension, else by content) or a folder searched for {@code your_posts*.json} and
 * {@code *.csv} in path order. See docs/importers/facebook.md for every rule.
 *
 * <p>Stateless and thread-safe. {@link #read} opens and closes every file it reads. A bad record is
 * reported through {@link ImportContext#skipped}; a broken file keeps the items before the break and
 * ends in an {@link ImportException} (for a folder: after all other files were read).
 *
 * <p>Options: {@code owner} (the export owner's name or handle, used in item ids and as author);
 * {@code exif-time} ({@code either}, the default, or {@code as-given}).
 */
public final class FacebookImporter implements SourceImporter {
    public static final String ID = "facebook";
    private static final Pattern POSTS_FILE = Pattern.compile("your_posts.*\\.json", Pattern.CASE_INSENSITIVE);
    private static final int MAX_FOLDER_DEPTH = 32;

    public FacebookImporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Facebook \"Download Your Information\" posts JSON (mojibake repaired, media hashed) and CrowdTangle posts CSV";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(context, "context is null");
        Objects.requireNonNull(sink, "sink is null");
        String sourceName = context.sourceName(source);
        if (!Files.exists(source)) {
            throw new ImportException(ImportException.Category.UNREADABLE, sourceName, null, "no such file or folder");
        }
        ImportRun run = new ImportRun(context, sink);
        DyiPosts posts = new DyiPosts(run);
        CrowdTangleCsv csv = new CrowdTangleCsv(run);
        if (!Files.isDirectory(source)) {
            readFile(source, posts, csv);
            return;
        }
        List<Path> files = files(source);
        if (files.isEmpty()) {
            throw new ImportException(ImportException.Category.UNSUPPORTED, sourceName, null,
                    "no posts file (your_posts*.json) or CrowdTangle CSV in this folder");
        }
        ImportException first = null;
        int failed = 0;
        for (Path f : files) {
            try {
                context.resolveInside(source, source.relativize(f).toString(), source, "file " + source.relativize(f));
                readFile(f, posts, csv);
            } catch (ImportException e) {
                context.warn(f, e.locator() == null ? "file" : e.locator(), e.getMessage());
                failed++;
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw failed == 1 ? first : new ImportException(first.category(), first.file(), first.locator(),
                    reason(first) + " (and " + (failed - 1) + " more of " + files.size() + " files failed; see the warnings)", first);
        }
    }

    private static void readFile(Path file, DyiPosts posts, CrowdTangleCsv csv) throws ImportException, IOException {
        if (isCsv(file)) {
            csv.read(file);
        } else {
            posts.read(file);
        }
    }

    /** By extension; otherwise JSON when the first byte after a BOM and white space opens an array or object. */
    static boolean isCsv(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return !(i < head.length && (head[i] == '[' || head[i] == '{'));
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, MAX_FOLDER_DEPTH)) {
            return walk.filter(p -> {
                String n = p.getFileName().toString();
                return POSTS_FILE.matcher(n).matches() || n.toLowerCase(Locale.ROOT).endsWith(".csv");
            }).filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String reason(ImportException e) {
        String m = e.getMessage();
        String prefix = (e.file() == null ? "" : e.file() + ": ") + (e.locator() == null ? "" : e.locator() + ": ");
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
