package io.corroborate.importer.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one message says, read token by token and reused from message to message (no tree, no
 * per-field objects on the hot path). It reads both Telegram Desktop messages and Telethon/4CAT
 * message objects: their keys barely overlap, and where they do ({@code id}, {@code date},
 * {@code from_id}) the value's JSON type tells them apart.
 */
final class MessageFields {
    static final long NONE = Long.MIN_VALUE;
    /** Telegram Desktop {@code type} values. */
    static final int TD_NONE = 0;
    static final int TD_MESSAGE = 1;
    static final int TD_SERVICE = 2;
    static final int TD_UNSUPPORTED = 3;
    static final int TD_OTHER = 4;
    /** More text than this in one message (through entity arrays) is a hostile file, not a post. */
    static final int MAX_TEXT_CHARS = 20_000_000;
    /** Links and URL entities kept per message; more are dropped with a warning. */
    static final int MAX_LINKS = 10_000;

    private final String source;

    // identity
    long id;
    boolean hasId;
    String idText;
    int tdType;
    String apiType;

    // times: an epoch (date_unixtime / 4CAT float) wins over a written date
    long unixtime;
    /** Whether a date_unixtime was present at all (it may not have been an epoch). */
    boolean unixtimeSeen;
    double dateEpoch;
    final CharBuf date = new CharBuf();
    long editedUnixtime;
    double editedEpoch;
    final CharBuf edited = new CharBuf();

    // people
    String from;
    String fromId;
    String forwardedFrom;
    /** tdesktop's {@code forwarded_from_id} (newer exports): the original author's peer, {@code channel<id>} or {@code user<id>}. */
    String forwardedFromId;
    String savedFrom;

    // Telethon forward header
    boolean hasFwd;
    String fwdPeerPrefix;
    String fwdPeerId;
    String fwdName;
    long fwdChannelPost;
    double fwdEpoch;
    final CharBuf fwdDate = new CharBuf();

    // text and links
    String text;
    /** The text parts added up to more than {@link #MAX_TEXT_CHARS}: the message is skipped. */
    boolean textTooLong;
    boolean textFromArray;
    final StringBuilder textBuilder = new StringBuilder();
    final List<String> links = new ArrayList<>();
    int droppedLinks;
    /** Telethon URL entities as (offset, length) pairs into {@link #text}. */
    int[] urlEntities = new int[16];
    int urlEntityCount;

    // Telegram Desktop media
    String photo;
    String file;
    String mediaType;
    String mimeType;
    double duration;
    int width;
    int height;
    long fileSize;

    // place (tdesktop location_information, Telethon geo)
    double lat;
    double lon;
    String placeName;

    // Telethon media
    String apiMedia;
    String apiPhotoId;
    String apiDocId;
    boolean docVideo;
    boolean docRound;
    boolean docAnimated;
    boolean docAudio;
    boolean docSticker;

    // Telethon peer and 4CAT's resolved chat/sender
    String peerPrefix;
    String peerId;
    String chatUsername;
    String chatTitle;
    String senderName;

    MessageFields(String source) {
        this.source = source;
        reset();
    }

    void reset() {
        textTooLong = false;
        id = 0;
        hasId = false;
        idText = null;
        tdType = TD_NONE;
        apiType = null;
        unixtime = NONE;
        unixtimeSeen = false;
        dateEpoch = Double.NaN;
        date.clear();
        editedUnixtime = NONE;
        editedEpoch = Double.NaN;
        edited.clear();
        from = null;
        fromId = null;
        forwardedFrom = null;
        forwardedFromId = null;
        savedFrom = null;
        hasFwd = false;
        fwdPeerPrefix = null;
        fwdPeerId = null;
        fwdName = null;
        fwdChannelPost = NONE;
        fwdEpoch = Double.NaN;
        fwdDate.clear();
        text = null;
        textFromArray = false;
        textBuilder.setLength(0);
        if (textBuilder.capacity() > 1 << 16) {
            textBuilder.trimToSize();
        }
        links.clear();
        droppedLinks = 0;
        urlEntityCount = 0;
        photo = null;
        file = null;
        mediaType = null;
        mimeType = null;
        duration = Double.NaN;
        width = -1;
        height = -1;
        fileSize = -1;
        lat = Double.NaN;
        lon = Double.NaN;
        placeName = null;
        apiMedia = null;
        apiPhotoId = null;
        apiDocId = null;
        docVideo = false;
        docRound = false;
        docAnimated = false;
        docAudio = false;
        docSticker = false;
        peerPrefix = null;
        peerId = null;
        chatUsername = null;
        chatTitle = null;
        senderName = null;
    }

    /** Whether the object read looks like a Telethon/4CAT message rather than something else. */
    boolean isApiMessage() {
        return apiType != null || peerId != null;
    }

    /** Reads the value of field {@code name}; {@code v} is its first token. Unknown fields are skipped. */
    void readField(String name, JsonToken v, JsonParser p) throws IOException, ImportException {
        switch (name) {
            case "id" -> readId(v, p);
            case "type" -> {
                if (v == JsonToken.VALUE_STRING) {
                    tdType = tdType(p);
                } else {
                    tdType = TD_OTHER;
                    p.skipChildren();
                }
            }
            case "_", "_type" -> apiType = string(v, p);
            case "date" -> {
                if (v == JsonToken.VALUE_STRING) {
                    date.set(p);
                } else if (v.isNumeric()) {
                    dateEpoch = p.getDoubleValue();
                } else {
                    p.skipChildren();
                }
            }
            case "date_unixtime" -> {
                unixtimeSeen = true;
                unixtime = epoch(v, p);
            }
            case "edited", "edit_date" -> {
                if (v == JsonToken.VALUE_STRING) {
                    edited.set(p);
                } else if (v.isNumeric()) {
                    editedEpoch = p.getDoubleValue();
                } else {
                    p.skipChildren();
                }
            }
            case "edited_unixtime" -> editedUnixtime = epoch(v, p);
            case "from" -> from = string(v, p);
            case "from_id" -> readFromId(v, p);
            case "forwarded_from" -> forwardedFrom = string(v, p);
            case "forwarded_from_id" -> forwardedFromId = peerId(string(v, p));
            case "saved_from" -> savedFrom = string(v, p);
            case "fwd_from" -> readFwd(v, p);
            case "text" -> {
                if (text == null) {
                    readText(v, p);
                } else {
                    p.skipChildren();
                }
            }
            case "text_entities" -> {
                if (text == null && v == JsonToken.START_ARRAY) {
                    readText(v, p);
                } else {
                    p.skipChildren();
                }
            }
            case "message" -> {
                if (v == JsonToken.VALUE_STRING) {
                    text = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            case "entities" -> readApiEntities(v, p);
            case "photo" -> photo = string(v, p);
            case "file" -> file = string(v, p);
            case "media_type" -> mediaType = string(v, p);
            case "mime_type" -> mimeType = string(v, p);
            case "duration_seconds" -> duration = number(v, p);
            case "width" -> width = (int) Math.min(Integer.MAX_VALUE, Math.max(-1, whole(v, p)));
            case "height" -> height = (int) Math.min(Integer.MAX_VALUE, Math.max(-1, whole(v, p)));
            case "file_size" -> fileSize = Math.max(-1, whole(v, p));
            case "location_information" -> readLatLon(v, p, "latitude", "longitude");
            case "place_name" -> placeName = string(v, p);
            case "media" -> readApiMedia(v, p);
            case "peer_id" -> {
                String[] peer = readPeer(v, p);
                if (peer != null) {
                    peerPrefix = peer[0];
                    peerId = peer[1];
                }
            }
            case "_chat" -> readChat(v, p);
            case "_sender" -> senderName = readSenderName(v, p);
            default -> p.skipChildren();
        }
    }

    private void readId(JsonToken v, JsonParser p) throws IOException {
        long n = whole(v, p);
        if (n != NONE) {
            id = n;
            hasId = true;
            idText = Long.toString(n);
        }
    }

    private static int tdType(JsonParser p) throws IOException {
        char[] c = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        if (equals(c, off, len, "message")) {
            return TD_MESSAGE;
        }
        if (equals(c, off, len, "service")) {
            return TD_SERVICE;
        }
        if (equals(c, off, len, "unsupported")) {
            return TD_UNSUPPORTED;
        }
        return TD_OTHER;
    }

    private static boolean equals(char[] c, int off, int len, String s) {
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (c[off + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An epoch written as a string of digits (tdesktop) or a number; {@link #NONE} when it is neither. */
    private static long epoch(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return Times.parseLong(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        return whole(v, p);
    }

    /** An integer from a number or a string of digits; {@link #NONE} otherwise (never a parser exception). */
    static long whole(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType t = p.getNumberType();
            return t == JsonParser.NumberType.INT || t == JsonParser.NumberType.LONG ? p.getLongValue() : NONE;
        }
        if (v == JsonToken.VALUE_STRING) {
            return Times.parseLong(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        p.skipChildren();
        return NONE;
    }

    private static double number(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            return Double.isFinite(d) ? d : Double.NaN;
        }
        p.skipChildren();
        return Double.NaN;
    }

    private static String string(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /** A peer as tdesktop writes it ({@code user123}, {@code channel123}, {@code chat123}), else null: anything else is not an id. */
    static String peerId(String s) {
        return s != null && PEER_ID.matcher(s).matches() ? s : null;
    }

    private static final java.util.regex.Pattern PEER_ID = java.util.regex.Pattern.compile("(?:user|channel|chat)[0-9]{1,20}");

    private void readFromId(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            fromId = p.getText();
        } else if (v == JsonToken.VALUE_NUMBER_INT) {
            // exports before 2021 wrote a bare user id
            long n = whole(v, p);
            fromId = n == NONE ? null : "user" + n;
        } else if (v == JsonToken.START_OBJECT) {
            String[] peer = readPeer(v, p);
            fromId = peer == null ? null : peer[0] + peer[1];
        } else {
            p.skipChildren();
        }
    }

    /** A Telethon peer object as {prefix, bare id}, or null. */
    private static String[] readPeer(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String[] peer = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String prefix = switch (name) {
                case "channel_id" -> "channel";
                case "chat_id" -> "chat";
                case "user_id" -> "user";
                default -> null;
            };
            if (prefix == null) {
                p.skipChildren();
                continue;
            }
            long n = whole(value, p);
            if (n != NONE && n >= 0) {
                peer = new String[] {prefix, Long.toString(n)};
            }
        }
        return peer;
    }

    private void readFwd(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        hasFwd = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "date" -> {
                    if (value == JsonToken.VALUE_STRING) {
                        fwdDate.set(p);
                    } else if (value.isNumeric()) {
                        fwdEpoch = p.getDoubleValue();
                    } else {
                        p.skipChildren();
                    }
                }
                case "from_id" -> {
                    String[] peer = readPeer(value, p);
                    if (peer != null) {
                        fwdPeerPrefix = peer[0];
                        fwdPeerId = peer[1];
                    }
                }
                case "from_name" -> fwdName = string(value, p);
                case "channel_post" -> fwdChannelPost = whole(value, p);
                default -> p.skipChildren();
            }
        }
    }

    /** Text as one string, or an array of strings and entity objects (tdesktop {@code text}/{@code text_entities}). */
    private void readText(JsonToken v, JsonParser p) throws IOException, ImportException {
        if (v == JsonToken.VALUE_STRING) {
            text = p.getText();
            return;
        }
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        StringBuilder b = textBuilder;
        b.setLength(0);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                append(b, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            } else if (t == JsonToken.START_OBJECT) {
                readEntity(p, b);
            } else {
                p.skipChildren();
            }
        }
        text = b.toString();
        textFromArray = true;
    }

    private void readEntity(JsonParser p, StringBuilder b) throws IOException, ImportException {
        String type = null;
        String part = null;
        String href = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type" -> type = string(value, p);
                case "text" -> part = string(value, p);
                case "href" -> href = string(value, p);
                default -> p.skipChildren();
            }
        }
        if (part != null) {
            append(b, part);
        }
        if ("link".equals(type)) {
            link(part);
        } else if ("text_link".equals(type)) {
            link(href);
        }
    }

    private void append(StringBuilder b, char[] c, int off, int len) {
        if (textTooLong || b.length() + len > MAX_TEXT_CHARS) {
            tooMuchText(b);
            return;
        }
        b.append(c, off, len);
    }

    private void append(StringBuilder b, String s) {
        if (textTooLong || b.length() + s.length() > MAX_TEXT_CHARS) {
            tooMuchText(b);
            return;
        }
        b.append(s);
    }

    /** The text parts overflowed: the message is read to its end and then skipped, never half-imported. */
    private void tooMuchText(StringBuilder b) {
        textTooLong = true;
        b.setLength(0);
        b.trimToSize();
    }

    void link(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        if (links.size() >= MAX_LINKS) {
            droppedLinks++;
        } else if (!links.contains(url)) {
            links.add(url);
        }
    }

    /** Telethon entities: URL entities point into the text (UTF-16 offsets, as Java strings count). */
    private void readApiEntities(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String type = null;
            String url = null;
            long offset = NONE;
            long length = NONE;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "_", "_type" -> type = string(value, p);
                    case "url" -> url = string(value, p);
                    case "offset" -> offset = whole(value, p);
                    case "length" -> length = whole(value, p);
                    default -> p.skipChildren();
                }
            }
            if ("MessageEntityTextUrl".equals(type)) {
                link(url);
            } else if ("MessageEntityUrl".equals(type) && offset >= 0 && length > 0 && offset + length <= Integer.MAX_VALUE) {
                if (urlEntityCount >= MAX_LINKS) {
                    droppedLinks++;
                    continue;
                }
                if (urlEntityCount * 2 + 2 > urlEntities.length) {
                    urlEntities = java.util.Arrays.copyOf(urlEntities, urlEntities.length * 2);
                }
                urlEntities[urlEntityCount * 2] = (int) offset;
                urlEntities[urlEntityCount * 2 + 1] = (int) length;
                urlEntityCount++;
            }
        }
    }

    /** Adds the URLs that Telethon URL entities point at in the text. */
    void resolveUrlEntities() {
        if (text == null) {
            return;
        }
        for (int k = 0; k < urlEntityCount; k++) {
            int off = urlEntities[k * 2];
            int len = urlEntities[k * 2 + 1];
            if (off + len <= text.length()) {
                link(text.substring(off, off + len));
            }
        }
    }

    private void readLatLon(JsonToken v, JsonParser p, String latKey, String lonKey) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(latKey)) {
                lat = number(value, p);
            } else if (name.equals(lonKey)) {
                lon = number(value, p);
            } else {
                p.skipChildren();
            }
        }
    }

    /** Telethon {@code media}: MessageMediaPhoto/Document/Geo/GeoLive/Venue/WebPage. */
    private void readApiMedia(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "_", "_type" -> apiMedia = string(value, p);
                case "photo" -> {
                    apiPhotoId = readObjectId(value, p);
                    if (apiPhotoId != null && apiMedia == null) {
                        apiMedia = "MessageMediaPhoto";
                    }
                }
                case "document" -> readDocument(value, p);
                case "geo" -> readLatLon(value, p, "lat", "long");
                case "title" -> placeName = string(value, p);
                case "webpage" -> readWebpage(value, p);
                default -> p.skipChildren();
            }
        }
    }

    private static String readObjectId(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String result = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("id")) {
                long n = whole(value, p);
                result = n == NONE ? null : Long.toString(n);
            } else {
                p.skipChildren();
            }
        }
        return result;
    }

    private void readDocument(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        if (apiMedia == null) {
            apiMedia = "MessageMediaDocument";
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> {
                    long n = whole(value, p);
                    apiDocId = n == NONE ? null : Long.toString(n);
                }
                case "mime_type" -> mimeType = string(value, p);
                case "size" -> fileSize = Math.max(-1, whole(value, p));
                case "attributes" -> readAttributes(value, p);
                default -> p.skipChildren();
            }
        }
    }

    private void readAttributes(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String type = null;
            double d = Double.NaN;
            long w = -1;
            long h = -1;
            boolean round = false;
            boolean voice = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "_", "_type" -> type = string(value, p);
                    case "duration" -> d = number(value, p);
                    case "w" -> w = whole(value, p);
                    case "h" -> h = whole(value, p);
                    case "round_message" -> {
                        round = value == JsonToken.VALUE_TRUE;
                        p.skipChildren();
                    }
                    case "voice" -> {
                        voice = value == JsonToken.VALUE_TRUE;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            if (type == null) {
                continue;
            }
            switch (type) {
                case "DocumentAttributeVideo" -> {
                    docVideo = true;
                    docRound = round;
                    setDimensions(d, w, h);
                }
                case "DocumentAttributeAnimated" -> docAnimated = true;
                case "DocumentAttributeAudio" -> {
                    docAudio = true;
                    if (voice) {
                        mediaType = "voice_message";
                    }
                    setDimensions(d, -1, -1);
                }
                case "DocumentAttributeSticker" -> docSticker = true;
                case "DocumentAttributeImageSize" -> setDimensions(Double.NaN, w, h);
                default -> {
                    // file names and other attributes carry nothing the analyses use
                }
            }
        }
    }

    private void setDimensions(double d, long w, long h) {
        if (d >= 0) {
            duration = d;
        }
        if (w > 0 && w <= Integer.MAX_VALUE && h > 0 && h <= Integer.MAX_VALUE) {
            width = (int) w;
            height = (int) h;
        }
    }

    private void readWebpage(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("url")) {
                link(string(value, p));
            } else {
                p.skipChildren();
            }
        }
    }

    /** 4CAT's {@code _chat}: the resolved chat with its username and title. */
    private void readChat(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "username" -> chatUsername = string(value, p);
                case "title" -> chatTitle = string(value, p);
                default -> p.skipChildren();
            }
        }
    }

    /** 4CAT's {@code _sender}: a user's first and last name or a channel's title. */
    private static String readSenderName(JsonToken v, JsonParser p) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String first = null;
        String last = null;
        String title = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "first_name" -> first = string(value, p);
                case "last_name" -> last = string(value, p);
                case "title" -> title = string(value, p);
                default -> p.skipChildren();
            }
        }
        if (first != null || last != null) {
            return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        }
        return title;
    }

    /** A reusable copy of a short string token (dates), so reading one allocates nothing. */
    static final class CharBuf {
        private static final int MAX = 64;
        final char[] chars = new char[MAX];
        int length;
        /** True when the value was longer than any date, so it is certainly not one. */
        boolean tooLong;

        void clear() {
            length = 0;
            tooLong = false;
        }

        boolean present() {
            return length > 0 || tooLong;
        }

        void set(JsonParser p) throws IOException {
            int len = p.getTextLength();
            if (len > MAX) {
                length = 0;
                tooLong = true;
                return;
            }
            System.arraycopy(p.getTextCharacters(), p.getTextOffset(), chars, 0, len);
            length = len;
            tooLong = false;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
