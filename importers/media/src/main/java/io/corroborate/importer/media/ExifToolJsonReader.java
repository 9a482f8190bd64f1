package io.corroborate.importer.media;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.Utf8CheckingInputStream;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code exiftool -json -G} output (with or without {@code -n}, group family 0 or 1): an array
 * of objects with {@code SourceFile} and group-prefixed tags. Streams the array; each object becomes
 * the item of the file it describes, with the same readings the importer makes from the file itself.
 */
final class ExifToolJsonReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(20_000_000).maxNumberLength(1000).build())
            .build();
    private static final Pattern DURATION_HMS = Pattern.compile("(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern NUMBER = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:s|m|bytes)?\\s*");
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+)\\s*[x ]\\s*(\\d+)\\s*");
    // group family 0 (EXIF, QuickTime) and family 1 (ExifIFD, GPS, Keys, UserData, ItemList, Track1) names
    private static final String[] EXIF = {"EXIF", "ExifIFD"};
    private static final String[] GPS = {"GPS", "EXIF"};
    private static final String[] APPLE = {"Keys", "QuickTime", "ItemList", "UserData"};
    private static final String[] QUICKTIME = {"QuickTime"};

    private final ImportContext context;
    private final MediaItems.Settings settings;

    ExifToolJsonReader(ImportContext context, MediaItems.Settings settings) {
        this.context = context;
        this.settings = settings;
    }

    /** Reads {@code json}; opens and closes it. Every object before a break is imported first. */
    void read(Path json, Consumer<EvidenceItem> sink) throws ImportException, IOException {
        String name = context.sourceName(json);
        try (InputStream in = new Utf8CheckingInputStream(Files.newInputStream(json)); JsonParser p = JSON.createParser(in)) {
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, "byte 0",
                            "not ExifTool JSON: expected an array of objects (exiftool -json -G)");
                }
                int index = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new ImportException(ImportException.Category.TRUNCATED, name, at(p.currentLocation()),
                                "the array ends early; the objects before were imported");
                    }
                    String pointer = "/" + index++;
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        context.skipped(json, pointer, "not an object");
                        continue;
                    }
                    Map<String, String> tags = tags(p);
                    EvidenceItem item = item(json, pointer, tags);
                    if (item != null) {
                        sink.accept(item);
                    }
                }
                if (p.nextToken() != null) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, at(p.currentLocation()),
                            "content after the end of the array");
                }
            } catch (StreamConstraintsException e) {
                throw new ImportException(ImportException.Category.LIMIT, name, at(p.currentLocation()), e.getOriginalMessage(), e);
            } catch (JsonEOFException e) {
                throw new ImportException(ImportException.Category.TRUNCATED, name, at(e.getLocation()),
                        "the file ends inside a value; the objects before were imported", e);
            } catch (JsonParseException e) {
                boolean encoding = e.getOriginalMessage() != null && e.getOriginalMessage().contains("Invalid UTF-8");
                throw new ImportException(encoding ? ImportException.Category.ENCODING : ImportException.Category.MALFORMED, name,
                        at(e.getLocation()), e.getOriginalMessage() + "; the objects before were imported", e);
            } catch (CharConversionException e) {
                throw new ImportException(ImportException.Category.ENCODING, name, at(p.currentLocation()), e.getMessage(), e);
            }
        } catch (io.corroborate.spi.MalformedUtf8Exception e) {
            // raised while the parser reads its first bytes, before any object
            throw new ImportException(ImportException.Category.ENCODING, name, "byte " + e.byteOffset(), e.getMessage(), e);
        }
    }

    private static String at(JsonLocation l) {
        return l == null ? null : "byte " + l.getByteOffset();
    }

    /** The object's tags as text: numbers as written, lists joined with ", ", nested objects left out. */
    private static Map<String, String> tags(JsonParser p) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_ARRAY) {
                List<String> parts = new ArrayList<>();
                while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else if (v != null && v.isScalarValue()) {
                        parts.add(p.getText());
                    } else if (v == null) {
                        return out;
                    }
                }
                out.putIfAbsent(key, String.join(", ", parts));
            } else if (v == JsonToken.START_OBJECT) {
                p.skipChildren();
            } else if (v != null && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                out.putIfAbsent(key, p.getText());
            }
        }
        return out;
    }

    private EvidenceItem item(Path json, String pointer, Map<String, String> raw) {
        Tags tags = new Tags(raw);
        String source = raw.get("SourceFile");
        if (source == null || source.isBlank()) {
            context.skipped(json, pointer, "no SourceFile");
            return null;
        }
        Path media;
        try {
            media = context.resolveInside(json.getParent(), source, json, pointer + "/SourceFile");
        } catch (ImportException e) {
            context.skipped(json, pointer, e.getMessage() + " (run exiftool from the case folder with relative paths)");
            return null;
        }
        String rel = context.sourceName(media);
        String mime = tags.get("MIMEType", "File");
        Boolean video = mime != null && mime.startsWith("video/") ? Boolean.TRUE
                : mime != null && mime.startsWith("image/") ? Boolean.FALSE : MediaItems.videoByExtension(source);
        if (video == null) {
            context.skipped(json, pointer, "'" + source + "' is not a photo or video" + (mime == null ? "" : " (" + mime + ")"));
            return null;
        }
        String sha256 = null;
        Long size = null;
        if (Files.isRegularFile(media)) {
            try {
                sha256 = context.sourceSha256(media);
                size = Files.size(media);
            } catch (IOException | UncheckedIOException e) {
                context.warn(json, pointer, "'" + rel + "' cannot be read: " + e.getMessage() + "; no hash");
            }
        } else {
            context.warn(json, pointer, "'" + rel + "' is not in the case folder; the item has no hash");
        }
        if (size == null) {
            size = wholeNumber(tags.get("FileSize", "File", "System"));
        }
        Double duration = seconds(tags.get("Duration", "QuickTime", "Composite", "Track1", "Matroska", "RIFF"));
        Integer[] dims = dimensions(tags);

        Readings readings = new Readings(context, json, settings.clockTolerance());
        List<CaptureTimes.Reading> times = new ArrayList<>();
        CaptureTimes.Stamp mvhd = null;
        try {
            // without groups, CreateDate is the movie header's in a video and EXIF's in a photo
            mvhd = CaptureTimes.stamp(tags.grouped() || video ? tags.get("CreateDate", QUICKTIME) : null);
        } catch (CaptureTimes.BadStamp e) {
            context.warn(json, pointer, "QuickTime:CreateDate: " + e.getMessage() + "; ignored");
        }
        times.addAll(readings.movie(tags.get("CreationDate", APPLE), mvhd, duration));
        times.addAll(readings.exif(List.of(
                new Readings.Exif("EXIF DateTimeOriginal", tags.get("DateTimeOriginal", EXIF), tags.get("OffsetTimeOriginal", EXIF),
                        tags.get("SubSecTimeOriginal", EXIF)),
                new Readings.Exif("EXIF CreateDate", tags.grouped() || !video ? tags.get("CreateDate", EXIF) : null, tags.get("OffsetTimeDigitized", EXIF),
                        tags.get("SubSecTimeDigitized", EXIF)))));
        gpsTime(json, pointer, tags, times);

        List<Positions.Position> places = new ArrayList<>();
        Double accuracy = number(tags.get("GPSHPositioningError", GPS));
        Double appleAccuracy = number(tags.get("LocationAccuracyHorizontal", APPLE));
        GeoPoint composite = point(tags.get("GPSLatitude", "Composite"), null, tags.get("GPSLongitude", "Composite"), null);
        if (composite == null) {
            composite = pair(tags.get("GPSPosition", "Composite"));
        }
        if (composite != null) {
            MediaItems.addPlace(places, new Positions.Position(composite, accuracy != null ? accuracy : appleAccuracy, "ExifTool Composite:GPSPosition"));
        } else {
            GeoPoint exifGps = point(tags.get("GPSLatitude", GPS), tags.get("GPSLatitudeRef", GPS), tags.get("GPSLongitude", GPS),
                    tags.get("GPSLongitudeRef", GPS));
            if (exifGps != null) {
                MediaItems.addPlace(places, new Positions.Position(exifGps, accuracy, "EXIF GPS"));
            }
            GeoPoint coordinates = pair(tags.get("GPSCoordinates", APPLE));
            if (coordinates != null) {
                MediaItems.addPlace(places, new Positions.Position(coordinates, appleAccuracy, "QuickTime GPSCoordinates"));
            }
        }
        MediaItems.Facts facts = new MediaItems.Facts(rel, video, sha256, size, duration, dims[0], dims[1], mime, times, places);
        return MediaItems.item(facts, settings, context.provenance(MediaItems.IMPORTER, json, pointer));
    }

    private void gpsTime(Path json, String pointer, Tags tags, List<CaptureTimes.Reading> times) {
        String raw = tags.get("GPSDateTime", "Composite");
        String date = tags.get("GPSDateStamp", GPS);
        String time = tags.get("GPSTimeStamp", GPS);
        if (raw == null && date != null && time != null) {
            raw = date + " " + time + "Z";
        }
        if (raw == null) {
            return;
        }
        try {
            CaptureTimes.Stamp s = CaptureTimes.stamp(raw);
            if (s != null) {
                times.add(CaptureTimes.exact(s.wall().toInstant(s.offset() == null ? ZoneOffset.UTC : s.offset()),
                        settings.clockTolerance(), "EXIF GPS date and time stamp '" + s.raw() + "' (UTC); the fix may predate the capture"));
            }
        } catch (CaptureTimes.BadStamp e) {
            context.warn(json, pointer, "GPS date/time: " + e.getMessage() + "; ignored");
        }
    }

    private static Integer[] dimensions(Tags tags) {
        String[][] pairs = {{"ImageWidth", "ImageHeight", "File"}, {"ImageWidth", "ImageHeight", "QuickTime"},
                {"ImageWidth", "ImageHeight", "Track1"}, {"ExifImageWidth", "ExifImageHeight", "EXIF"},
                {"ExifImageWidth", "ExifImageHeight", "ExifIFD"}};
        for (String[] p : pairs) {
            Long w = wholeNumber(tags.get(p[0], p[2]));
            Long h = wholeNumber(tags.get(p[1], p[2]));
            if (w != null && h != null && w > 0 && h > 0 && w < 1_000_000 && h < 1_000_000) {
                return new Integer[] {w.intValue(), h.intValue()};
            }
        }
        String size = tags.get("ImageSize", "Composite");
        Matcher m = size == null ? null : SIZE.matcher(size);
        if (m != null && m.matches() && m.group(1).length() < 7 && m.group(2).length() < 7) {
            return new Integer[] {Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2))};
        }
        return new Integer[] {null, null};
    }

    /** Seconds from {@code 35.02}, {@code 35.02 s} or {@code 0:00:35}. */
    static Double seconds(String text) {
        if (text == null) {
            return null;
        }
        Matcher hms = DURATION_HMS.matcher(text.strip());
        if (hms.matches()) {
            return Integer.parseInt(hms.group(1)) * 3600.0 + Integer.parseInt(hms.group(2)) * 60.0 + Double.parseDouble(hms.group(3));
        }
        return number(text);
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        return m.matches() && m.group(1).length() < 30 ? Double.valueOf(m.group(1)) : null;
    }

    private static Long wholeNumber(String text) {
        return text != null && text.strip().matches("\\d{1,15}") ? Long.valueOf(text.strip()) : null;
    }

    private static GeoPoint point(String lat, String latRef, String lon, String lonRef) {
        if (lat == null || lon == null) {
            return null;
        }
        return Positions.point(Positions.coordinate(lat, latRef), Positions.coordinate(lon, lonRef));
    }

    /** {@code "43.2389 76.9455[ 0]"} (with -n) or {@code 43 deg 14' 20.04" N, 76 deg 56' 43.80" E[, 0 m ...]}. */
    private static GeoPoint pair(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.contains(",") ? text.split(",") : text.strip().split("\\s+");
        return parts.length < 2 ? null : point(parts[0], null, parts[1], null);
    }

    /** Tags by name, looked up in the given groups in order; by bare name when exiftool ran without -G. */
    private record Tags(Map<String, String> raw, boolean grouped) {
        Tags(Map<String, String> raw) {
            this(raw, raw.keySet().stream().anyMatch(k -> k.contains(":")));
        }

        String get(String tag, String... groups) {
            String v = null;
            if (grouped) {
                for (String g : groups) {
                    v = raw.get(g + ":" + tag);
                    if (v != null && !v.isBlank()) {
                        break;
                    }
                }
            } else {
                v = raw.get(tag);
            }
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
