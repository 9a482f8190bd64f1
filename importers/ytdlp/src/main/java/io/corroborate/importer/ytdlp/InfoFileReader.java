package io.corroborate.importer.ytdlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams one yt-dlp JSON file: a single info dict, a playlist with {@code entries} (nested
 * playlists too), JSON Lines of info dicts ({@code yt-dlp -j}) or an array of them. Each video's
 * info is handed over as soon as its object closes; only the scalar fields the importer needs are
 * kept, everything else ({@code formats}, {@code thumbnails}, ...) is skipped without being stored.
 */
final class InfoFileReader {
    /** Receives each video and each entry that cannot be a video. */
    interface Listener {
        void video(Info info);

        void skipped(String locator, String reason);
    }

    static final Set<String> FIELDS = Set.of("id", "title", "description", "uploader", "uploader_id", "channel_id", "channel",
            "webpage_url", "original_url", "url", "duration", "extractor_key", "extractor", "ie_key", "width", "height", "location",
            "timestamp", "release_timestamp", "upload_date", "modified_timestamp", "epoch", "ext", "vcodec", "acodec", "resolution",
            "_filename", "filename", "_type");

    private static final Set<String> CONTAINER_TYPES = Set.of("playlist", "multi_video");

    private final JsonParser parser;
    private final Listener listener;

    InfoFileReader(JsonParser parser, Listener listener) {
        this.parser = parser;
        this.listener = listener;
    }

    /** Reads every top-level value and returns how many there were; Jackson's exceptions tell where the file broke. */
    int read() throws IOException {
        int value = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != null) {
            value++;
            int line = parser.currentTokenLocation().getLineNr();
            String base = value == 1 ? "" : "line " + line;
            if (t == JsonToken.START_OBJECT) {
                object(base, value == 1);
            } else if (t == JsonToken.START_ARRAY) {
                int i = 0;
                while ((t = Json.next(parser)) != JsonToken.END_ARRAY) {
                    element(t, base + "/" + i);
                    i++;
                }
            } else {
                listener.skipped(base.isEmpty() ? "/" : base, "not a yt-dlp info dict (a JSON " + Json.describe(t) + " at the top level)");
                parser.skipChildren();
            }
        }
        return value;
    }

    private void element(JsonToken t, String pointer) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            object(pointer, false);
        } else {
            listener.skipped(pointer, t == JsonToken.VALUE_NULL ? "entry is null (yt-dlp could not extract this video)"
                    : "entry is not an object");
            parser.skipChildren();
        }
    }

    private void object(String pointer, boolean topLevel) throws IOException {
        Map<String, Object> fields = new HashMap<>();
        boolean container = false;
        JsonToken t;
        while ((t = Json.next(parser)) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = Json.next(parser);
            if (name.equals("entries") && v == JsonToken.START_ARRAY) {
                container = true;
                int i = 0;
                while ((v = Json.next(parser)) != JsonToken.END_ARRAY) {
                    element(v, pointer + "/entries/" + i);
                    i++;
                }
            } else if (FIELDS.contains(name) && v.isScalarValue()) {
                Object value = scalar(v);
                if (value != null) {
                    fields.put(name, value);
                }
            } else if (FIELDS.contains(name)) {
                fields.put(name, Info.STRUCTURE); // kept as present, so a wrong type is reported rather than ignored
                parser.skipChildren();
            } else {
                parser.skipChildren();
            }
        }
        Object type = fields.get("_type");
        if (container || (type instanceof String s && CONTAINER_TYPES.contains(s))) {
            return; // a playlist is not itself an item; its entries were handed over already
        }
        listener.video(new Info(fields, pointer.isEmpty() ? "/" : pointer, topLevel));
    }

    private Object scalar(JsonToken v) throws IOException {
        switch (v) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getDecimalValue();
            case VALUE_NUMBER_FLOAT:
                if (parser.isNaN()) {
                    return null;
                }
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
