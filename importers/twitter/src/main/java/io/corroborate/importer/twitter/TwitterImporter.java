package io.corroborate.importer.twitter;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.Utf8CheckingInputStream;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports Twitter/X: API v2 responses (one JSON object, or JSON Lines of pages as twarc writes
 * them; twarc's flattened tweets too), v1.1 tweets (twarc 1), snscrape's JSON Lines, and the account
 * archive ({@code data/tweets.js} and its parts, with {@code tweets_media/}). See
 * docs/importers/twitter.md.
 *
 * <p>The source is a file ({@code .js} means an archive data file, anything else JSON or JSON Lines)
 * or a folder: an archive (its root or its {@code data/} folder), else every {@code .json},
 * {@code .jsonl} and {@code .ndjson} file in it, in name order. The importer opens and closes every
 * stream it reads. A record that cannot be imported is reported through
 * {@link ImportContext#skipped}; when a file breaks off, the tweets before the break have been handed
 * to the sink (an API page's tweets are joined with the includes read so far), the other files are
 * still read, and the first failure is then thrown.
 *
 * <p>Stateless and thread-safe.
 */
public final class TwitterImporter implements SourceImporter {
    /** The importer id in case.yaml and on the command line. */
    public static final String ID = "twitter";

    public TwitterImporter() {
        // a plugin needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Twitter/X: API v2 pages (twarc JSON Lines), v1.1 and snscrape JSON Lines, account archives (data/tweets.js)";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(context, "context is null");
        Objects.requireNonNull(sink, "sink is null");
        String username = null;
        String option = context.options().get("username");
        if (option != null && !option.isBlank()) {
            username = TwitterUrls.cleanHandle(option.strip());
            if (username == null) {
                throw new ImportException(ImportException.Category.MALFORMED, "case.yaml", "option username",
                        "'" + option.strip() + "' is not an X handle (letters, digits and _ only)");
            }
        }
        if (Files.isRegularFile(source)) {
            if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".js")) {
                Path parent = source.toAbsolutePath().getParent();
                new ArchiveReader(parent, List.of(source), context, sink, username).read();
            } else {
                readApiFile(source, context, sink);
            }
            return;
        }
        if (!Files.isDirectory(source)) {
            throw new ImportException(ImportException.Category.UNREADABLE, context.sourceName(source), null, "no such file or folder");
        }
        Path data = source.resolve("data");
        List<Path> archive = Files.isDirectory(data) ? archiveFiles(data) : List.of();
        if (!archive.isEmpty()) {
            new ArchiveReader(data, archive, context, sink, username).read();
            return;
        }
        archive = archiveFiles(source);
        if (!archive.isEmpty()) {
            new ArchiveReader(source, archive, context, sink, username).read();
            return;
        }
        List<Path> files = jsonFiles(source);
        if (files.isEmpty()) {
            throw new ImportException(ImportException.Category.UNREADABLE, context.sourceName(source), null,
                    "the folder holds no archive (data/tweets.js) and no .json, .jsonl or .ndjson file");
        }
        ImportException first = null;
        for (Path f : files) {
            try {
                readApiFile(f, context, sink);
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

    private static void readApiFile(Path file, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        InputStream in = open(file, context);
        new ApiFile(new Tweets(file, context, sink)).read(in);
    }

    /**
     * Opens an export file for reading, refusing a link that leaves the case folder; the stream checks
     * that the bytes are well-formed UTF-8 (overlong forms and encoded surrogates included).
     */
    static InputStream open(Path file, ImportContext context) throws ImportException, IOException {
        String source = context.sourceName(file);
        Path abs = file.toAbsolutePath();
        context.resolveInside(abs.getParent(), abs.getFileName().toString(), file, "file");
        try {
            return new Utf8CheckingInputStream(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Category.UNREADABLE, source, null, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(ImportException.Category.UNREADABLE, source, null, "the file cannot be opened (access denied)", e);
        }
    }

    /** tweets.js / tweet.js and their parts (tweets-part1.js…), the unsplit file first, then parts in number order. */
    static List<Path> archiveFiles(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && partNumber(f.getFileName().toString()) >= 0) {
                    found.add(f);
                }
            }
        }
        found.sort(Comparator.comparingInt((Path f) -> partNumber(f.getFileName().toString()))
                .thenComparing(f -> f.getFileName().toString()));
        return found;
    }

    /** 0 for tweets.js/tweet.js, N for tweets-partN.js, -1 for other names. */
    static int partNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String base = n.startsWith("tweets") ? n.substring(6) : n.startsWith("tweet") ? n.substring(5) : null;
        if (base == null || !base.endsWith(".js")) {
            return -1;
        }
        base = base.substring(0, base.length() - 3);
        if (base.isEmpty()) {
            return 0;
        }
        if (!base.startsWith("-part") || base.length() == 5 || base.length() > 12) {
            return -1;
        }
        for (int i = 5; i < base.length(); i++) {
            if (base.charAt(i) < '0' || base.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(base.substring(5));
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path f : all) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(f) && (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson"))) {
                    files.add(f);
                }
            }
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        return files;
    }
}
