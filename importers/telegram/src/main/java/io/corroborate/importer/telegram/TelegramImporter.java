package io.corroborate.importer.telegram;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports Telegram: Telegram Desktop's machine-readable export ({@code result.json}, a single chat
 * or a whole account) and Telethon/4CAT message dumps (a JSON array, or JSON Lines), told apart by
 * their content. See docs/importers/telegram.md for what each field is taken to mean.
 *
 * <p>The source is a file, or a folder holding {@code result.json} (else every {@code .json},
 * {@code .jsonl} and {@code .ndjson} file in it, in name order). Files are streamed token by token:
 * memory does not grow with the file. The importer opens and closes every stream it reads. Records
 * that cannot be imported are reported through {@link ImportContext#skipped}; repairs and doubts
 * through {@link ImportContext#warn}. When a file breaks off (truncated, broken JSON, invalid UTF-8,
 * a limit), every message before the break has been handed to the sink; the other files of a folder
 * are still read, and the first failure is then thrown.
 *
 * <p>Stateless and thread-safe: usable directly ({@code new TelegramImporter()}) or through
 * {@link java.util.ServiceLoader}.
 */
public final class TelegramImporter implements SourceImporter {
    /** The importer id in case.yaml and on the command line. */
    public static final String ID = "telegram";

    public TelegramImporter() {
        // a plugin needs a public no-argument constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Telegram Desktop result.json exports (one chat or a whole account) and Telethon/4CAT JSON or JSON Lines dumps";
    }

    @Override
    public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(context, "context is null");
        Objects.requireNonNull(sink, "sink is null");
        TelegramOptions options = TelegramOptions.parse(context.options());
        ImportException first = null;
        for (Path file : files(source, context)) {
            try {
                new TelegramFile(file, context, options, sink).read();
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

    private static List<Path> files(Path source, ImportContext context) throws ImportException, IOException {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new ImportException(ImportException.Category.UNREADABLE, context.sourceName(source), null, "no such file or folder");
        }
        Path result = source.resolve("result.json");
        if (Files.isRegularFile(result)) {
            return List.of(result);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(source)) {
            for (Path p : dir) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
                    files.add(p);
                }
            }
        }
        if (files.isEmpty()) {
            throw new ImportException(ImportException.Category.UNREADABLE, context.sourceName(source), null,
                    "the folder holds no result.json and no .json, .jsonl or .ndjson file");
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }
}
