package io.corroborate.importer.ytdlp;

import com.fasterxml.jackson.core.JsonParser;
import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports yt-dlp {@code .info.json} files (importer id {@code ytdlp}): one file, or a folder searched
 * recursively for {@code *.info.json} in path order. A file may hold one video, a playlist with
 * {@code entries} (streamed), JSON Lines or an array of info dicts. The downloaded media beside an
 * info file (same base name) is hashed. See docs/importers/ytdlp.md for every rule.
 *
 * <p>Stateless and thread-safe. {@link #read} opens and closes every file it reads. A bad record is
 * reported through {@link ImportContext#skipped}; a broken file keeps the items before the break and
 * ends in an {@link ImportException} (for a folder: after all other files were read).
 *
 * <p>Options: {@code upload-date-zones}, a comma-separated list of IANA zones whose calendar day an
 * {@code upload_date} may also be (added to UTC, and US/Pacific for YouTube).
 */
public final class YtDlpImporter implements SourceImporter {
    public static final String ID = "ytdlp";
    /** YouTube's dates may be US/Pacific calendar days. */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final int MAX_FOLDER_DEPTH = 32;

    public YtDlpImporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "yt-dlp .info.json files (YouTube and other video sites), a folder of them or a playlist, with the downloaded media hashed";
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
        List<ZoneId> extraZones = extraZones(context, sourceName);
        Run run = new Run(context, sink, extraZones);
        if (!Files.isDirectory(source)) {
            run.file(source);
            return;
        }
        List<Path> files = infoFiles(source);
        ImportException first = null;
        int failed = 0;
        for (Path f : files) {
            try {
                context.resolveInside(source, source.relativize(f).toString(), source, "file " + source.relativize(f));
                run.file(f);
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

    private static List<Path> infoFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, MAX_FOLDER_DEPTH)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".info.json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<ZoneId> extraZones(ImportContext context, String sourceName) throws ImportException {
        List<ZoneId> zones = new ArrayList<>();
        String option = context.option("upload-date-zones").orElse("");
        for (String z : option.split(",")) {
            if (z.isBlank()) {
                continue;
            }
            try {
                zones.add(ZoneId.of(z.strip()));
            } catch (DateTimeException e) {
                throw new ImportException(ImportException.Category.MALFORMED, sourceName, "option upload-date-zones",
                        "'" + z.strip() + "' is not an IANA time zone");
            }
        }
        return zones;
    }

    private static String reason(ImportException e) {
        String m = e.getMessage();
        String prefix = (e.file() == null ? "" : e.file() + ": ") + (e.locator() == null ? "" : e.locator() + ": ");
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /** One import: the media index and the ids already handed over, for one {@code read} call. */
    private static final class Run {
        private final ImportContext context;
        private final Consumer<EvidenceItem> sink;
        private final List<ZoneId> extraZones;
        private final MediaFiles media = new MediaFiles();
        private final Map<String, String> seen = new HashMap<>();

        Run(ImportContext context, Consumer<EvidenceItem> sink, List<ZoneId> extraZones) {
            this.context = context;
            this.sink = sink;
            this.extraZones = extraZones;
        }

        void file(Path file) throws ImportException, IOException {
            String name = context.sourceName(file);
            JsonParser parser = null;
            int values;
            try (JsonParser p = Json.open(file)) {
                parser = p;
                values = new InfoFileReader(p, new InfoFileReader.Listener() {
                    @Override
                    public void video(Info info) {
                        accept(info, file);
                    }

                    @Override
                    public void skipped(String locator, String reason) {
                        context.skipped(file, locator, reason);
                    }
                }).read();
            } catch (IOException e) {
                ImportException data = Json.dataError(e, name, parser);
                if (data == null) {
                    throw e;
                }
                throw data;
            } catch (SinkFailure e) {
                throw e.getCause();
            } catch (UncheckedIOException e) {
                throw e.getCause(); // a media folder could not be listed: a failure of the machine
            } catch (RuntimeException e) {
                // a parser defect on hostile bytes must not escape as anything but an import error
                throw new ImportException(ImportException.Category.MALFORMED, name,
                        parser == null ? null : "byte " + parser.currentLocation().getByteOffset(),
                        "the file could not be read past this point: " + e, e);
            }
            if (values == 0) {
                throw new ImportException(ImportException.Category.MALFORMED, name, "byte 0", "the file is empty");
            }
        }

        private void accept(Info info, Path file) {
            EvidenceItem item;
            try {
                item = toItem(info, file);
            } catch (SkipRecord e) {
                context.skipped(file, info.locator(), e.getMessage());
                return;
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                context.skipped(file, info.locator(), "invalid record: " + e.getMessage());
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String where = context.sourceName(file) + " at " + info.locator();
            String earlier = seen.putIfAbsent(item.id(), where);
            if (earlier != null) {
                context.skipped(file, info.locator(), "duplicate of " + item.id() + ", already imported from " + earlier);
                return;
            }
            try {
                sink.accept(item);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        private EvidenceItem toItem(Info info, Path file) throws SkipRecord, IOException {
            String videoId = info.text("id");
            if (videoId == null) {
                throw new SkipRecord("no id");
            }
            if (videoId.length() > 512 || videoId.chars().anyMatch(Character::isISOControl)) {
                throw new SkipRecord("id is not usable (control characters or longer than 512)");
            }
            String type = info.text("_type");
            boolean flat = "url".equals(type) || "url_transparent".equals(type);
            String extractor = first(info.text("extractor_key"), info.text("ie_key"), info.text("extractor"));
            String pageUrl = first(info.text("webpage_url"), info.text("original_url"), flat ? info.text("url") : null);
            boolean youtube = extractor != null ? extractor.toLowerCase(Locale.ROOT).startsWith("youtube")
                    : YoutubeUrls.videoId(pageUrl).isPresent();
            String itemId;
            String url;
            Platform platform;
            if (youtube) {
                itemId = "youtube:" + videoId;
                url = YoutubeUrls.isVideoId(videoId) ? YoutubeUrls.watchUrl(videoId) : YoutubeUrls.canonical(pageUrl).orElse(pageUrl);
                platform = Platform.YOUTUBE;
            } else {
                String key = extractor == null ? "generic" : extractor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
                if (extractor == null) {
                    context.warn(file, info.locator(), "no extractor_key: the item id uses 'generic'");
                }
                itemId = key + ":" + videoId;
                url = pageUrl;
                platform = platform(key);
            }
            if (url != null && !webUrl(url)) {
                // a page URL is where the video was found: anything but http(s) (javascript:, file:) is not one
                context.warn(file, info.locator(), "webpage_url '" + shorten(url) + "' is not an http(s) URL: the item has no url");
                url = null;
            }
            EvidenceItem.Builder b = EvidenceItem.builder(itemId, platform, ItemKind.VIDEO)
                    .url(url)
                    .title(info.text("title"))
                    .text(info.text("description"))
                    .provenance(context.provenance(ID, file, info.locator()));
            String authorId = first(info.text("channel_id"), info.text("uploader_id"));
            String authorName = first(info.text("channel"), info.text("uploader"));
            if (authorId != null || authorName != null) {
                b.author(new Author(authorId, authorName));
            }
            published(info, itemId, youtube, b);
            Instant modified = optionalTime(info, "modified_timestamp", file);
            if (modified != null) {
                b.editedAt(modified).clue(Clue.fromImporter(itemId, ClueKinds.EDITED, modified.toString(), null, ID,
                        "yt-dlp modified_timestamp"));
            }
            Instant extracted = optionalTime(info, "epoch", file);
            if (extracted != null) {
                b.clue(Clue.fromImporter(itemId, ClueKinds.NOT_AFTER, extracted.toString(), null, ID,
                        "yt-dlp saw the video online at this time (epoch)"));
            }
            String location = info.text("location");
            if (location != null) {
                b.clue(Clue.fromImporter(itemId, "location", location, null, ID, "free-text location given by the uploader"));
            }
            media(info, file, b);
            return b.build();
        }

        private void published(Info info, String itemId, boolean youtube, EvidenceItem.Builder b) throws SkipRecord {
            for (String field : List.of("timestamp", "release_timestamp")) {
                if (info.has(field)) {
                    Instant t = time(info, field);
                    b.publishedAt(t).clue(Clue.fromImporter(itemId, ClueKinds.PUBLISHED, t.toString(), null, ID, "yt-dlp " + field));
                    return;
                }
            }
            String date = info.text("upload_date");
            if (date == null) {
                return;
            }
            LocalDate day;
            try {
                day = Times.date(date);
            } catch (IllegalArgumentException e) {
                throw new SkipRecord(e.getMessage());
            }
            List<ZoneId> zones = new ArrayList<>();
            zones.add(ZoneOffset.UTC);
            if (youtube) {
                zones.add(PACIFIC);
            }
            zones.addAll(extraZones);
            Instant[] w = Times.dayWindow(day, zones);
            String note = "yt-dlp upload_date " + date + " is only a date: the window holds that calendar day in "
                    + zones.stream().map(ZoneId::getId).collect(Collectors.joining(", "));
            b.clue(Clue.fromImporter(itemId, ClueKinds.PUBLISHED, w[0] + "/" + w[1], null, ID, note));
        }

        private static Instant time(Info info, String field) throws SkipRecord {
            BigDecimal n = info.number(field);
            if (n == null) {
                throw new SkipRecord(field + " '" + info.raw(field) + "' is not a UNIX time");
            }
            try {
                return Times.epoch(n);
            } catch (IllegalArgumentException e) {
                throw new SkipRecord(field + ": " + e.getMessage());
            }
        }

        /** A secondary time: a bad one is warned about and left out, the record is kept. */
        private Instant optionalTime(Info info, String field, Path file) {
            if (!info.has(field)) {
                return null;
            }
            try {
                return time(info, field);
            } catch (SkipRecord e) {
                context.warn(file, info.locator(), e.getMessage() + "; left out");
                return null;
            }
        }

        private void media(Info info, Path file, EvidenceItem.Builder b) throws IOException {
            String vcodec = info.text("vcodec");
            String acodec = info.text("acodec");
            String ext = info.text("ext");
            boolean audioOnly = "none".equals(vcodec) && !"none".equals(acodec) || "audio only".equals(info.text("resolution"))
                    || vcodec == null && MediaFiles.isAudio(ext);
            Double duration = null;
            BigDecimal d = info.number("duration");
            if (d != null && d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
                duration = d.doubleValue();
            } else if (info.has("duration")) {
                context.warn(file, info.locator(), "duration '" + info.raw("duration") + "' is not a length in seconds; left out");
            }
            Integer width = dimension(info.number("width"));
            Integer height = dimension(info.number("height"));
            List<Path> found = info.topLevel() ? media.besideInfo(file) : List.of();
            String written = first(info.text("_filename"), info.text("filename"));
            if (found.isEmpty() && written != null) {
                found = media.named(file.toAbsolutePath().getParent(), written);
            }
            int kept = 0;
            for (Path p : found) {
                Path safe;
                try {
                    safe = context.resolveInside(p.getParent(), p.getFileName().toString(), file, info.locator());
                } catch (ImportException e) {
                    context.warn(file, info.locator(), "media file refused: " + e.getMessage());
                    continue;
                }
                String sha;
                long size;
                try {
                    sha = Hashes.sha256(safe);
                    size = Files.size(safe);
                } catch (IOException e) {
                    context.warn(file, info.locator(), "media file " + context.sourceName(safe) + " cannot be read: " + e.getMessage());
                    continue;
                }
                String fileExt = MediaFiles.extension(safe.getFileName().toString());
                b.media(MediaRef.of(audioOnly || MediaFiles.isAudio(fileExt) ? "audio" : "video")
                        .withPath(context.sourceName(safe)).withSha256(sha).withSizeBytes(size)
                        .withMimeType(MediaFiles.mimeType(fileExt)).withDurationSeconds(duration).withSize(width, height)
                        .withExported(true));
                kept++;
            }
            if (kept == 0) {
                b.media(MediaRef.of(audioOnly ? "audio" : "video").withDurationSeconds(duration).withSize(width, height)
                        .withExported(false));
            }
        }

        private static Integer dimension(BigDecimal n) {
            return n != null && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(100_000)) <= 0 ? n.intValue() : null;
        }

        private static Platform platform(String extractorKey) {
            if (extractorKey.startsWith("facebook")) {
                return Platform.FACEBOOK;
            }
            if (extractorKey.startsWith("twitter")) {
                return Platform.TWITTER;
            }
            if (extractorKey.startsWith("telegram")) {
                return Platform.TELEGRAM;
            }
            return Platform.OTHER;
        }

        private static String first(String... values) {
            for (String v : values) {
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    /** Carries the host's own exception from the sink past the parser's safety net, unchanged. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** A record that cannot become an item; its message is the reason reported. */
    private static final class SkipRecord extends Exception {
        private static final long serialVersionUID = 1L;

        SkipRecord(String reason) {
            super(reason, null, false, false);
        }
    }

    /** An absolute http(s) URL with a host. */
    static boolean webUrl(String s) {
        try {
            java.net.URI u = new java.net.URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
