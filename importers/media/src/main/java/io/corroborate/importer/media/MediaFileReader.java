package io.corroborate.importer.media;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mov.metadata.QuickTimeMetadataDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.spi.ImportContext;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One photo or video: its hash and size, and what its own metadata says, read with metadata-extractor
 * (plus {@link IsoBoxes} for MP4/MOV). A file the library cannot read is still an item, with its hash
 * and a warning: the file exists and is evidence even when its metadata is damaged.
 */
final class MediaFileReader {
    static final String APPLE_CREATION_DATE = "com.apple.quicktime.creationdate";
    static final String APPLE_LOCATION = "com.apple.quicktime.location.ISO6709";
    static final String APPLE_ACCURACY = "com.apple.quicktime.location.accuracy.horizontal";
    private static final Set<FileType> VIDEO_TYPES = Set.of(FileType.QuickTime, FileType.Mp4, FileType.Avi, FileType.Asf, FileType.Flv,
            FileType.Vob, FileType.Mxf);
    private static final Set<FileType> PHOTO_TYPES = Set.of(FileType.Jpeg, FileType.Tiff, FileType.Png, FileType.Gif, FileType.Bmp,
            FileType.WebP, FileType.Heif, FileType.Arw, FileType.Cr2, FileType.Crw, FileType.Crx, FileType.Nef, FileType.Orf,
            FileType.Raf, FileType.Rw2);
    private static final String END_OF_DATA = "End of data reached.";

    private final ImportContext context;
    private final MediaItems.Settings settings;

    MediaFileReader(ImportContext context, MediaItems.Settings settings) {
        this.context = context;
        this.settings = settings;
    }

    /**
     * The item of {@code file}, or {@code null} when it is not a photo or video (reported as a warning)
     * or cannot be read at all (reported as skipped). Opens and closes the file.
     */
    EvidenceItem read(Path file) {
        String rel = context.sourceName(file);
        String fileName = file.getFileName().toString();
        FileType detected;
        long size;
        String sha256;
        try {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                detected = FileTypeDetector.detectFileType(in);
            }
            size = Files.size(file);
            sha256 = context.sourceSha256(file);
        } catch (IOException | UncheckedIOException e) {
            context.skipped(file, "file", "cannot be read: " + e.getMessage());
            return null;
        }
        Boolean byExtension = MediaItems.videoByExtension(fileName);
        Boolean byContent = VIDEO_TYPES.contains(detected) ? Boolean.TRUE : PHOTO_TYPES.contains(detected) ? Boolean.FALSE : null;
        if (byExtension == null && byContent == null) {
            context.warn(file, "file", "not a photo or video (" + detected.getName() + "); ignored");
            return null;
        }
        if (byExtension != null && byContent != null && !byExtension.equals(byContent)) {
            context.warn(file, "file", "the name says " + (byExtension ? "video" : "photo") + " but the content is "
                    + detected.getLongName() + "; read as " + (byContent ? "video" : "photo"));
        }
        boolean video = byContent != null ? byContent : byExtension;
        Collector c = new Collector(file, video);
        c.mime = detected == FileType.Unknown ? null : detected.getMimeType();

        boolean libraryMayRead = true;
        if (detected == FileType.QuickTime || detected == FileType.Mp4 || detected == FileType.Heif || looksIso(file)) {
            try {
                IsoBoxes.Scan scan = IsoBoxes.scan(file);
                scan.problems().forEach(p -> context.warn(file, "boxes", p));
                libraryMayRead = scan.safeForLibrary();
                c.xyz = scan.xyz();
                c.keys = scan.appleKeys();
            } catch (IOException e) {
                context.warn(file, "boxes", "box structure unreadable: " + e.getMessage());
                libraryMayRead = false;
            }
        }
        if (libraryMayRead) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                c.metadata(ImageMetadataReader.readMetadata(in, size));
            } catch (ImageProcessingException | IOException | RuntimeException e) {
                context.warn(file, "metadata", "metadata-extractor cannot read the metadata: " + e.getMessage());
            } catch (StackOverflowError e) {
                // a hostile file can nest structures deeply enough to exhaust the library's recursion
                context.warn(file, "metadata", "metadata nested too deeply to read");
            } catch (OutOfMemoryError e) {
                // the library sizes some lists from counts in the file (a video's sample descriptions): a damaged
                // count asks for one array of gigabytes, which fails at once without filling the heap; what the
                // library built is garbage once it is left behind, so the import goes on with the next file
                context.warn(file, "metadata", "metadata-extractor asked for more memory than the heap has (a damaged or hostile count in the"
                        + " file); its metadata was not read");
            }
        } else {
            context.warn(file, "metadata", "the file's structure is damaged; its metadata was not read");
        }
        MediaItems.Facts facts = c.facts(rel, sha256, size);
        return MediaItems.item(facts, settings, context.provenance(MediaItems.IMPORTER, file, null));
    }

    private static boolean looksIso(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return IsoBoxes.looksIso(in.readNBytes(8));
        } catch (IOException e) {
            return false;
        }
    }

    /** Gathers one file's facts from the library's directories and the box walk. */
    private final class Collector {
        private final Path file;
        private final boolean video;
        private String mime;
        private String xyz;
        private Map<String, String> keys = Map.of();
        private Instant movieCreated;
        private Double duration;
        private Integer width;
        private Integer height;
        private String appleDate;
        private String appleLocation;
        private final List<Readings.Exif> exif = new ArrayList<>();
        private Instant gpsTime;
        private final List<Positions.Position> places = new ArrayList<>();

        Collector(Path file, boolean video) {
            this.file = file;
            this.video = video;
        }

        void metadata(Metadata m) {
            for (Directory d : m.getDirectories()) {
                boolean iso = d instanceof QuickTimeDirectory || d instanceof Mp4Directory;
                for (String error : d.getErrors()) {
                    // the MP4/QuickTime readers stream box headers until the input ends and always note it
                    if (!(iso && error.equals(END_OF_DATA))) {
                        context.warn(file, "metadata", d.getName() + ": " + error);
                    }
                }
            }
            FileTypeDirectory type = m.getFirstDirectoryOfType(FileTypeDirectory.class);
            if (type != null && type.getString(FileTypeDirectory.TAG_DETECTED_FILE_MIME_TYPE) != null) {
                mime = type.getString(FileTypeDirectory.TAG_DETECTED_FILE_MIME_TYPE);
            }
            for (QuickTimeDirectory d : m.getDirectoriesOfType(QuickTimeDirectory.class)) {
                movie(d, QuickTimeDirectory.TAG_CREATION_TIME, QuickTimeDirectory.TAG_DURATION, QuickTimeDirectory.TAG_TIME_SCALE);
            }
            for (Mp4Directory d : m.getDirectoriesOfType(Mp4Directory.class)) {
                movie(d, Mp4Directory.TAG_CREATION_TIME, Mp4Directory.TAG_DURATION, Mp4Directory.TAG_TIME_SCALE);
                Double lat = d.getDoubleObject(Mp4Directory.TAG_LATITUDE);
                Double lon = d.getDoubleObject(Mp4Directory.TAG_LONGITUDE);
                if (lat != null && lon != null) {
                    place(Positions.point(lat, lon), null, "\u00a9xyz user data");
                }
            }
            for (QuickTimeMetadataDirectory d : m.getDirectoriesOfType(QuickTimeMetadataDirectory.class)) {
                appleDate = first(appleDate, d.getString(QuickTimeMetadataDirectory.TAG_CREATION_DATE));
                appleLocation = first(appleLocation, d.getString(QuickTimeMetadataDirectory.TAG_LOCATION_ISO6709));
            }
            size(m, QuickTimeVideoDirectory.class, QuickTimeVideoDirectory.TAG_WIDTH, QuickTimeVideoDirectory.TAG_HEIGHT);
            size(m, Mp4VideoDirectory.class, Mp4VideoDirectory.TAG_WIDTH, Mp4VideoDirectory.TAG_HEIGHT);
            size(m, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT);
            size(m, HeifDirectory.class, HeifDirectory.TAG_IMAGE_WIDTH, HeifDirectory.TAG_IMAGE_HEIGHT);
            size(m, PngDirectory.class, PngDirectory.TAG_IMAGE_WIDTH, PngDirectory.TAG_IMAGE_HEIGHT);
            size(m, WebpDirectory.class, WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT);
            size(m, ExifSubIFDDirectory.class, ExifSubIFDDirectory.TAG_EXIF_IMAGE_WIDTH, ExifSubIFDDirectory.TAG_EXIF_IMAGE_HEIGHT);
            size(m, ExifIFD0Directory.class, ExifIFD0Directory.TAG_IMAGE_WIDTH, ExifIFD0Directory.TAG_IMAGE_HEIGHT);

            for (ExifSubIFDDirectory d : m.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
                exif.add(new Readings.Exif("EXIF DateTimeOriginal", d.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL),
                        d.getString(Readings.TAG_OFFSET_TIME_ORIGINAL), d.getString(ExifSubIFDDirectory.TAG_SUBSECOND_TIME_ORIGINAL)));
                exif.add(new Readings.Exif("EXIF DateTimeDigitized", d.getString(ExifSubIFDDirectory.TAG_DATETIME_DIGITIZED),
                        d.getString(Readings.TAG_OFFSET_TIME_DIGITIZED), d.getString(ExifSubIFDDirectory.TAG_SUBSECOND_TIME_DIGITIZED)));
            }
            for (GpsDirectory d : m.getDirectoriesOfType(GpsDirectory.class)) {
                GeoLocation g = d.getGeoLocation();
                if (g != null) {
                    Rational err = d.getRational(GpsDirectory.TAG_H_POSITIONING_ERROR);
                    Double radius = err == null || err.getDenominator() == 0 ? null : err.doubleValue();
                    place(Positions.point(g.getLatitude(), g.getLongitude()), radius, "EXIF GPS");
                } else if (d.containsTag(GpsDirectory.TAG_LATITUDE)) {
                    context.warn(file, "metadata", "EXIF GPS position is incomplete or invalid; ignored");
                }
                Date t = d.getGpsDate();
                if (t != null && gpsTime == null) {
                    gpsTime = t.toInstant();
                }
            }
        }

        private void movie(Directory d, int created, int durationTag, int scaleTag) {
            if (d.getObject(created) instanceof Date t && movieCreated == null) {
                movieCreated = t.toInstant();
            }
            Long units = d.getLongObject(durationTag);
            Long scale = d.getLongObject(scaleTag);
            if (duration == null && units != null && scale != null && scale > 0 && units >= 0) {
                duration = units / (double) scale;
            }
        }

        private <T extends Directory> void size(Metadata m, Class<T> type, int widthTag, int heightTag) {
            if (width != null) {
                return;
            }
            for (T d : m.getDirectoriesOfType(type)) {
                if (d.getObject(widthTag) instanceof Number w && d.getObject(heightTag) instanceof Number h
                        && w.longValue() > 0 && h.longValue() > 0 && w.longValue() < 1_000_000 && h.longValue() < 1_000_000) {
                    width = w.intValue();
                    height = h.intValue();
                    return;
                }
            }
        }

        private void place(GeoPoint p, Double radius, String note) {
            if (p == null) {
                context.warn(file, "metadata", note + " position is 0,0 or out of range; ignored");
                return;
            }
            MediaItems.addPlace(places, new Positions.Position(p, radius, note));
        }

        MediaItems.Facts facts(String rel, String sha256, long size) {
            appleDate = first(appleDate, keys.get(APPLE_CREATION_DATE));
            Double accuracy = null;
            try {
                accuracy = keys.containsKey(APPLE_ACCURACY) ? Double.valueOf(keys.get(APPLE_ACCURACY).strip()) : null;
            } catch (NumberFormatException e) {
                context.warn(file, "metadata", "location accuracy '" + keys.get(APPLE_ACCURACY) + "' is not a number; ignored");
            }
            for (String iso : new String[] {appleLocation, keys.get(APPLE_LOCATION)}) {
                if (iso != null) {
                    place(Positions.iso6709(iso), accuracy, APPLE_LOCATION);
                }
            }
            if (xyz != null) {
                place(Positions.iso6709(xyz), null, "\u00a9xyz user data");
            }
            Readings readings = new Readings(context, file, settings.clockTolerance());
            List<CaptureTimes.Reading> times = new ArrayList<>();
            times.addAll(readings.movie(appleDate, movieCreated == null ? null : Readings.movieHeader(movieCreated), duration));
            times.addAll(readings.exif(exif));
            if (gpsTime != null) {
                times.add(CaptureTimes.exact(gpsTime, settings.clockTolerance(), "EXIF GPS date and time stamp (UTC); the fix may predate the capture"));
            }
            return new MediaItems.Facts(rel, video, sha256, size, duration, width, height, mime, times, places);
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
