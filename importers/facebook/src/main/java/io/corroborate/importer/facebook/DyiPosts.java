package io.corroborate.importer.facebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a "Download Your Information" posts file ({@code your_posts_1.json}, or an object wrapping
 * the array such as {@code {"status_updates_v2": [...]}}), one post at a time.
 */
final class DyiPosts {
    private static final Map<String, String> VIDEO = Map.of("mp4", "video/mp4", "mov", "video/quicktime", "webm", "video/webm",
            "mkv", "video/x-matroska", "3gp", "video/3gpp", "avi", "video/x-msvideo", "m4v", "video/x-m4v");
    private static final Map<String, String> IMAGE = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "gif", "image/gif", "webp", "image/webp", "heic", "image/heic", "bmp", "image/bmp");

    private final ImportRun run;
    private final ImportContext context;
    private final boolean exifEither;

    DyiPosts(ImportRun run) throws ImportException {
        this.run = run;
        this.context = run.context;
        String mode = context.option("exif-time").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("either");
        if (!mode.equals("either") && !mode.equals("as-given")) {
            throw new ImportException(ImportException.Category.MALFORMED, null, "option exif-time",
                    "'" + mode + "' is not one of: either, as-given");
        }
        this.exifEither = mode.equals("either");
    }

    void read(Path file) throws ImportException, IOException {
        String name = context.sourceName(file);
        ImportRun.Export export = run.export(file);
        JsonParser parser = null;
        try (JsonParser p = Json.open(file)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ImportException(ImportException.Category.MALFORMED, name, "byte 0", "the file is empty");
            }
            if (t == JsonToken.START_ARRAY) {
                posts(p, "", file, export);
            } else if (t == JsonToken.START_OBJECT) {
                boolean any = false;
                while (Json.next(p) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (Json.next(p) == JsonToken.START_ARRAY) {
                        any = true;
                        posts(p, "/" + Json.pointerSegment(key), file, export);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!any) {
                    context.warn(file, "/", "no array of posts in this file");
                }
            } else {
                throw new ImportException(ImportException.Category.MALFORMED, name, "byte 0",
                        "not a Facebook posts file: a JSON " + Json.describe(t) + " at the top level");
            }
        } catch (IOException e) {
            ImportException data = Json.dataError(e, name, parser);
            if (data == null) {
                throw e;
            }
            throw data;
        } catch (ImportRun.SinkFailure e) {
            throw e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            // a parser defect on hostile bytes must not escape as anything but an import error
            throw new ImportException(ImportException.Category.MALFORMED, name,
                    parser == null ? null : "byte " + parser.currentLocation().getByteOffset(),
                    "the file could not be read past this point: " + e, e);
        }
    }

    private void posts(JsonParser p, String base, Path file, ImportRun.Export export) throws IOException {
        int i = 0;
        JsonToken t;
        while ((t = Json.next(p)) != JsonToken.END_ARRAY) {
            String pointer = base + "/" + i++;
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                context.skipped(file, pointer, "not a post (a JSON " + Json.describe(t) + ")");
                continue;
            }
            Map<String, Object> post = Values.asObject(Json.value(p));
            EvidenceItem item;
            try {
                item = post(post, pointer, file, export);
            } catch (SkipRecord e) {
                context.skipped(file, pointer, e.getMessage());
                continue;
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                context.skipped(file, pointer, "invalid post: " + e.getMessage());
                continue;
            }
            run.emit(item);
        }
    }

    private EvidenceItem post(Map<String, Object> post, String pointer, Path file, ImportRun.Export export) throws SkipRecord, IOException {
        BigDecimal rawTs = Values.number(post, "timestamp");
        if (rawTs == null) {
            throw new SkipRecord(post.containsKey("timestamp") ? "timestamp is not a number" : "no timestamp");
        }
        Instant published = Values.epoch(rawTs);
        if (published == null) {
            throw new SkipRecord("timestamp " + rawTs.toPlainString() + " is not a time (zero, negative or after year 9999)");
        }
        String itemId = run.itemId(export.owner().idPart(), published.getEpochSecond());
        EvidenceItem.Builder b = EvidenceItem.builder(itemId, Platform.FACEBOOK, ItemKind.TEXT)
                .publishedAt(published)
                .provenance(context.provenance(FacebookImporter.ID, file, pointer));
        if (export.owner().name() != null) {
            b.author(new Author(null, export.owner().name()));
        }
        ItemClues clues = new ItemClues(itemId, b);
        clues.add(ClueKinds.PUBLISHED, published.toString(), null, "Facebook post timestamp");

        List<String> paragraphs = new ArrayList<>();
        Instant edited = null;
        for (Object o : Values.list(post, "data")) {
            Map<String, Object> d = Values.asObject(o);
            String text = Values.text(d, "post");
            if (text != null) {
                paragraphs.add(text);
            }
            Instant u = Values.epoch(Values.number(d, "update_timestamp"));
            if (u != null && (edited == null || u.isAfter(edited))) {
                edited = u;
            }
        }
        if (edited != null) {
            b.editedAt(edited);
            clues.add(ClueKinds.EDITED, edited.toString(), null, "Facebook update_timestamp");
        }

        Media media = new Media();
        List<Map<String, Object>> places = new ArrayList<>();
        int ai = 0;
        for (Object a : Values.list(post, "attachments")) {
            int di = 0;
            for (Object o : Values.list(Values.asObject(a), "data")) {
                String at = pointer + "/attachments/" + ai + "/data/" + di++;
                Map<String, Object> d = Values.asObject(o);
                Map<String, Object> m = Values.object(d, "media");
                if (m != null) {
                    media.add(m, at + "/media", file, export, paragraphs);
                }
                String url = Values.text(Values.object(d, "external_context"), "url");
                if (url != null) {
                    if (Values.isWebUrl(url)) {
                        b.link(url);
                    } else {
                        context.warn(file, at + "/external_context", "link '" + url + "' is not an http(s) URL; left out");
                    }
                }
                Map<String, Object> place = Values.object(d, "place");
                if (place != null) {
                    places.add(place);
                }
            }
            ai++;
        }
        b.text(paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs));
        String title = Values.text(post, "title");
        b.title(title != null ? title : media.title);
        media.refs.forEach(b::media);
        b.kind(media.hasVideo ? ItemKind.VIDEO : media.hasPhoto ? ItemKind.PHOTO : ItemKind.TEXT);
        for (Taken t : media.taken) {
            clues.add(ClueKinds.METADATA, takenValue(t.at), null, t.note);
        }
        if (media.earliestUpload != null && media.earliestUpload.isBefore(published)) {
            clues.add(ClueKinds.NOT_AFTER, media.earliestUpload.toString(), null,
                    "the post's media was uploaded to Facebook by then (creation_timestamp / upload_timestamp)");
        }
        for (Map<String, Object> place : places) {
            place(place, clues, file, pointer);
        }
        for (String[] gps : media.gps) {
            clues.add(ClueKinds.PLACE, gps[0], null, gps[1]);
        }
        if (!media.uploadIps.isEmpty()) {
            b.sensitive("upload-ip", String.join(", ", media.uploadIps));
        }
        return b.build();
    }

    /** The EXIF capture time as Facebook gives it, and (option exif-time=either) as if Facebook had read a local clock as UTC. */
    private String takenValue(Instant given) {
        if (!exifEither) {
            return given.toString();
        }
        Instant asLocal = LocalDateTime.ofInstant(given, ZoneOffset.UTC).atZone(context.caseZone()).toInstant();
        return asLocal.equals(given) ? given.toString() : given + Clue.ALTERNATIVES + asLocal;
    }

    private void place(Map<String, Object> place, ItemClues clues, Path file, String pointer) {
        String name = Values.text(place, "name");
        String address = Values.text(place, "address");
        String label = name == null ? address : address == null ? name : name + ", " + address;
        Map<String, Object> c = Values.object(place, "coordinate");
        BigDecimal lat = Values.number(c, "latitude");
        BigDecimal lon = Values.number(c, "longitude");
        if (lat != null && lon != null) {
            String value = point(lat, lon);
            if (value != null) {
                clues.add(ClueKinds.PLACE, value, null, label == null ? "Facebook place" : "Facebook place: " + label);
                return;
            }
            context.warn(file, pointer, "place coordinates " + lat + "," + lon + " are not on Earth; left out");
        }
        if (label != null) {
            clues.add("location", label, null, "Facebook place without coordinates");
        }
    }

    private static String point(BigDecimal lat, BigDecimal lon) {
        try {
            GeoPoint g = new GeoPoint(lat.doubleValue(), lon.doubleValue());
            return Values.plain(g.lat()) + "," + Values.plain(g.lon());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Taken(Instant at, String note) {
    }

    /** What the media of one post add up to. */
    private final class Media {
        final List<MediaRef> refs = new ArrayList<>();
        final List<Taken> taken = new ArrayList<>();
        final List<String[]> gps = new ArrayList<>();
        final Set<String> uploadIps = new LinkedHashSet<>();
        Instant earliestUpload;
        boolean hasVideo;
        boolean hasPhoto;
        String title;

        void add(Map<String, Object> m, String pointer, Path file, ImportRun.Export export, List<String> paragraphs) throws IOException {
            String uri = Values.text(m, "uri");
            String ext = uri == null ? "" : extension(uri);
            Map<String, Object> meta = Values.object(m, "media_metadata");
            Map<String, Object> photo = Values.object(meta, "photo_metadata");
            Map<String, Object> video = Values.object(meta, "video_metadata");
            String type = video != null || VIDEO.containsKey(ext) ? "video" : photo != null || IMAGE.containsKey(ext) ? "photo" : "file";
            hasVideo |= type.equals("video");
            hasPhoto |= type.equals("photo");
            MediaRef ref = MediaRef.of(type).withMimeType(VIDEO.getOrDefault(ext, IMAGE.get(ext)));
            if (uri != null && Values.isWebUrl(uri)) {
                ref = ref.withUrl(uri);
            } else if (uri != null) {
                ref = local(ref, uri, pointer, file, export);
            }
            refs.add(ref);
            String label = uri == null ? "a media item" : uri;
            String description = Values.text(m, "description");
            if (description != null && !paragraphs.contains(description)) {
                paragraphs.add(description);
            }
            if (title == null) {
                title = Values.text(m, "title");
            }
            upload(Values.epoch(Values.number(m, "creation_timestamp")));
            Map<String, Object> exifHolder = video != null ? video : photo;
            for (Object o : Values.list(exifHolder, "exif_data")) {
                Map<String, Object> x = Values.asObject(o);
                Instant takenAt = Values.epoch(Values.number(x, "taken_timestamp"));
                if (takenAt != null) {
                    taken.add(new Taken(takenAt, "Facebook's taken_timestamp (EXIF capture time) of " + label
                            + (exifEither ? "; Facebook's reading of the camera's zone-less clock is undocumented, so the second"
                            + " reading takes that clock as " + context.caseZone().getId() + " time read as UTC" : "")));
                }
                upload(Values.epoch(Values.number(x, "upload_timestamp")));
                String ip = Values.text(x, "upload_ip");
                if (ip != null) {
                    uploadIps.add(ip);
                }
                BigDecimal lat = Values.number(x, "latitude");
                BigDecimal lon = Values.number(x, "longitude");
                if (lat != null && lon != null) {
                    String value = point(lat, lon);
                    if (value != null) {
                        gps.add(new String[] {value, "EXIF GPS of " + label});
                    } else {
                        context.warn(file, pointer, "EXIF coordinates " + lat + "," + lon + " are not on Earth; left out");
                    }
                }
            }
        }

        private void upload(Instant at) {
            if (at != null && (earliestUpload == null || at.isBefore(earliestUpload))) {
                earliestUpload = at;
            }
        }

        /** A media file of the export: resolved inside the case, hashed when present. */
        private MediaRef local(MediaRef ref, String uri, String pointer, Path file, ImportRun.Export export) throws IOException {
            Path p;
            try {
                p = context.resolveInside(export.root(), uri, file, pointer);
            } catch (ImportException e) {
                context.warn(file, pointer, "media path refused: " + e.getMessage());
                return ref.withExported(false);
            }
            String rel = context.sourceName(p);
            if (!Files.isRegularFile(p)) {
                context.warn(file, pointer, "media file " + rel + " is not in the export");
                return ref.withPath(rel).withExported(false);
            }
            try {
                return ref.withPath(rel).withSha256(Hashes.sha256(p)).withSizeBytes(Files.size(p)).withExported(true);
            } catch (IOException e) {
                context.warn(file, pointer, "media file " + rel + " cannot be read: " + e.getMessage());
                return ref.withPath(rel).withExported(true);
            }
        }
    }

    private static String extension(String uri) {
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        int q = last.indexOf('?');
        if (q >= 0) {
            last = last.substring(0, q);
        }
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A post that cannot become an item; its message is the reason reported. */
    static final class SkipRecord extends Exception {
        private static final long serialVersionUID = 1L;

        SkipRecord(String reason) {
            super(reason, null, false, false);
        }
    }
}
