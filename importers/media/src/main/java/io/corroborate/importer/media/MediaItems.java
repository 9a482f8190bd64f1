package io.corroborate.importer.media;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.Durations;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.model.Provenance;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The options of a media source, and what one file's metadata says turned into an item. */
final class MediaItems {
    static final String IMPORTER = "media";
    /** How far a device clock may be off when nothing says otherwise; option {@code clock-tolerance}. */
    static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofMinutes(2);

    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "m4v", "3gp", "3g2", "avi", "mkv", "webm", "mts", "m2ts",
            "wmv", "flv", "mpg", "mpeg", "qt");
    static final Set<String> PHOTO_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "heic", "heif", "avif", "png", "tif", "tiff", "webp",
            "gif", "bmp", "dng", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf");

    /** The source's options, checked once per read. */
    record Settings(Platform platform, Author author, Duration clockTolerance) {
        static Settings of(ImportContext context, Path source) throws ImportException {
            String name = context.sourceName(source);
            Platform platform = Platform.DIRECT;
            String p = context.option("platform").map(String::strip).orElse("");
            if (!p.isEmpty()) {
                try {
                    platform = Platform.fromId(p);
                } catch (IllegalArgumentException e) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, "option platform", e.getMessage());
                }
            }
            String a = context.option("author").map(String::strip).orElse("");
            Duration tolerance = DEFAULT_CLOCK_TOLERANCE;
            String t = context.option("clock-tolerance").map(String::strip).orElse("");
            if (!t.isEmpty()) {
                try {
                    tolerance = Durations.parse(t);
                } catch (RuntimeException e) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, "option clock-tolerance",
                            "'" + t + "' is not a duration (e.g. 2m, 90s, 1h)");
                }
                if (tolerance.isNegative()) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, "option clock-tolerance", "must not be negative");
                }
            }
            return new Settings(platform, a.isEmpty() ? null : new Author(null, a), tolerance);
        }
    }

    /** What is known about one media file, from the file itself or from ExifTool's report on it. */
    record Facts(String relativePath, boolean video, String sha256, Long sizeBytes, Double durationSeconds, Integer width,
                 Integer height, String mimeType, List<CaptureTimes.Reading> times, List<Positions.Position> places) {
        Facts {
            Objects.requireNonNull(relativePath, "relativePath is null");
            times = List.copyOf(times);
            places = List.copyOf(places);
        }
    }

    private MediaItems() {
    }

    /** The item of a media file: id {@code media:<path relative to case>}, one clue per reading and per position. */
    static EvidenceItem item(Facts f, Settings s, Provenance provenance) {
        String id = "media:" + f.relativePath();
        String fileName = f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1);
        EvidenceItem.Builder b = EvidenceItem.builder(id, s.platform(), f.video() ? ItemKind.VIDEO : ItemKind.PHOTO)
                .title(fileName)
                .author(s.author())
                .provenance(provenance);
        MediaRef m = MediaRef.of(f.video() ? "video" : "photo").withPath(f.relativePath()).withSha256(f.sha256())
                .withSizeBytes(f.sizeBytes()).withMimeType(f.mimeType())
                .withDurationSeconds(f.durationSeconds() != null && f.durationSeconds() >= 0 ? f.durationSeconds() : null);
        if (f.width() != null && f.height() != null && f.width() > 0 && f.height() > 0) {
            m = m.withSize(f.width(), f.height());
        }
        b.media(m);
        List<Clue> clues = new ArrayList<>();
        int n = 0;
        for (CaptureTimes.Reading r : f.times()) {
            n++;
            clues.add(new Clue(id + "/" + ClueKinds.METADATA + (n == 1 ? "" : "/" + n), id, ClueKinds.METADATA, r.value(),
                    r.tolerance(), r.note(), IMPORTER));
        }
        n = 0;
        for (Positions.Position p : f.places()) {
            n++;
            clues.add(new Clue(id + "/" + ClueKinds.PLACE + (n == 1 ? "" : "/" + n), id, ClueKinds.PLACE, p.value(), null, p.note(), IMPORTER));
        }
        clues.forEach(b::clue);
        return b.build();
    }

    /** Adds {@code p} unless the same point is already there. */
    static void addPlace(List<Positions.Position> places, Positions.Position p) {
        if (p != null && places.stream().noneMatch(q -> q.samePointAs(p))) {
            places.add(p);
        }
    }

    /** Photo or video by extension; {@code null} when the extension says neither. */
    static Boolean videoByExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (VIDEO_EXTENSIONS.contains(ext)) {
            return true;
        }
        return PHOTO_EXTENSIONS.contains(ext) ? false : null;
    }

    /** The tolerance of a reading whose device may have written the start or the end of the recording. */
    static Duration withDuration(Duration clock, Double durationSeconds) {
        if (durationSeconds == null || !(durationSeconds > 0) || durationSeconds > 86_400) {
            return clock;
        }
        return clock.plusSeconds((long) Math.ceil(durationSeconds));
    }
}
