package io.corroborate.importer.media;

import io.corroborate.spi.ImportContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that turn a file's raw time stamps into {@code metadata} readings; shared by the file
 * reader and the ExifTool JSON reader so both say the same thing about the same file.
 */
final class Readings {
    /** EXIF 2.31 {@code OffsetTimeOriginal} and {@code OffsetTimeDigitized} (metadata-extractor 2.19 has no constant). */
    static final int TAG_OFFSET_TIME_ORIGINAL = 0x9011;
    static final int TAG_OFFSET_TIME_DIGITIZED = 0x9012;
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** An EXIF date-time with its separate offset and sub-second tags, as found. */
    record Exif(String label, String dateTime, String offset, String subSec) {
    }

    private final ImportContext context;
    private final Path file;
    private final Duration clock;

    Readings(ImportContext context, Path file, Duration clock) {
        this.context = context;
        this.file = file;
        this.clock = clock;
    }

    /** A QuickTime {@code mvhd} time as the library gives it (seconds since 1904 read as UTC): a wall time without offset. */
    static CaptureTimes.Stamp movieHeader(Instant asUtc) {
        LocalDateTime wall = LocalDateTime.ofInstant(asUtc, ZoneOffset.UTC);
        return new CaptureTimes.Stamp(wall, null, WALL.format(wall));
    }

    /**
     * A video's capture time: Apple's {@code com.apple.quicktime.creationdate}, which carries its
     * offset, wins; otherwise the movie header's {@code CreateDate} read both as UTC and as local time.
     */
    List<CaptureTimes.Reading> movie(String appleDate, CaptureTimes.Stamp movieCreated, Double durationSeconds) {
        CaptureTimes.Stamp mvhd = movieCreated;
        if (mvhd != null && mvhd.wall().getYear() < 1971) {
            // 0 seconds since 1904 (or since 1970) is how encoders write "unknown"
            context.warn(file, "metadata", "QuickTime CreateDate " + mvhd.raw() + " is unset; ignored");
            mvhd = null;
        }
        if (appleDate != null) {
            try {
                CaptureTimes.Stamp apple = CaptureTimes.stamp(appleDate);
                if (apple != null) {
                    String note = "com.apple.quicktime.creationdate '" + apple.raw() + "'"
                            + (mvhd == null ? "" : "; QuickTime CreateDate " + mvhd.raw() + " not used");
                    return List.of(apple.offset() != null
                            ? CaptureTimes.exact(apple.wall().toInstant(apple.offset()), clock, note)
                            : CaptureTimes.local(apple.wall(), context.sourceZone(), context.caseZone(), clock, note));
                }
            } catch (CaptureTimes.BadStamp e) {
                context.warn(file, "metadata", "com.apple.quicktime.creationdate: " + e.getMessage() + "; ignored");
            }
        }
        if (mvhd == null) {
            return List.of();
        }
        // devices differ on whether the header holds the start or the end of the recording
        Duration tolerance = MediaItems.withDuration(clock, durationSeconds);
        String note = "QuickTime CreateDate " + mvhd.raw();
        if (mvhd.offset() != null) {
            return List.of(CaptureTimes.exact(mvhd.wall().toInstant(mvhd.offset()), tolerance, note + " (offset given)"));
        }
        return List.of(CaptureTimes.quickTime(mvhd.wall().toInstant(ZoneOffset.UTC), context.sourceZone(), context.caseZone(),
                tolerance, note));
    }

    /** EXIF date-times: one reading each, a later one only when its wall time differs (to the second) from an earlier one. */
    List<CaptureTimes.Reading> exif(List<Exif> stamps) {
        List<CaptureTimes.Reading> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Exif e : stamps) {
            CaptureTimes.Stamp s;
            try {
                s = CaptureTimes.withParts(CaptureTimes.stamp(e.dateTime()), e.offset(), e.subSec());
            } catch (CaptureTimes.BadStamp x) {
                context.warn(file, "metadata", e.label() + ": " + x.getMessage() + "; ignored");
                continue;
            }
            if (s == null || !seen.add(s.wall().withNano(0).toString())) {
                continue;
            }
            String note = e.label() + " '" + s.raw() + "'";
            out.add(s.offset() != null
                    ? CaptureTimes.exact(s.wall().toInstant(s.offset()), clock, note)
                    : CaptureTimes.local(s.wall(), context.sourceZone(), context.caseZone(), clock, note));
        }
        return out;
    }
}
