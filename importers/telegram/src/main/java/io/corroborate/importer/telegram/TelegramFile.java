package io.corroborate.importer.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Hashes;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.model.Provenance;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.Utf8CheckingInputStream;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one file: a Telegram Desktop {@code result.json} (one chat or a whole account), or a
 * Telethon/4CAT dump (a JSON array of messages, or one message per line). One instance per file and
 * per call; it streams, holding one message at a time.
 */
final class TelegramFile {
    /** The repairing pass: raw control characters inside strings are accepted (and counted by the stream). */
    static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .streamReadConstraints(JsonFailures.CONSTRAINTS)
            .build();
    /** The first pass: plain JSON. */
    static final JsonFactory JSON_STRICT = JsonFactory.builder()
            .streamReadConstraints(JsonFailures.CONSTRAINTS)
            .build();
    private static final int MAX_CACHED_CHATS = 10_000;

    private final Path file;
    private final ImportContext context;
    private final TelegramOptions options;
    private final Consumer<EvidenceItem> sink;
    private final String source;
    private final String sourceSha256;
    private final Instant importedAt;
    private final Path base;
    private final ZoneId zone;
    private final MessageFields m;

    // per-chat values computed once, not per message
    private Chat chat;
    private String chatItemPrefix;
    private String chatUrlPrefix;
    private Author chatAuthor;
    private String lastFromId;
    private String lastFrom;
    private Author lastFromAuthor;
    private final Map<String, Chat> apiChats = new HashMap<>();
    private String singleUsernamePeer;
    private boolean warnedSingleUsername;
    private boolean warnedFullAccountUsername;
    /** Records met so far in this pass, and how many of them an earlier pass already delivered. */
    private long records;
    private long replayUntil;

    TelegramFile(Path file, ImportContext context, TelegramOptions options, Consumer<EvidenceItem> sink) {
        this.file = file;
        this.context = context;
        this.options = options;
        this.sink = sink;
        this.source = context.sourceName(file);
        this.sourceSha256 = context.sourceSha256(file);
        this.importedAt = context.clock().instant();
        Path parent = file.toAbsolutePath().getParent();
        this.base = parent == null ? file.toAbsolutePath() : parent;
        this.zone = context.sourceZone().orElse(null);
        this.m = new MessageFields(source);
    }

    /**
     * Reads the file. The first pass parses strictly, without the repairing stream, because most
     * exports are clean and the repairs cost a second scan of every byte. When it meets broken syntax,
     * the file is read again through {@link RepairingInputStream} with raw control characters allowed;
     * the records the first pass already delivered are passed over, so nothing is reported twice.
     */
    void read() throws ImportException, IOException {
        try {
            parse(new Utf8CheckingInputStream(open()), JSON_STRICT, null);
            return;
        } catch (JsonProcessingException e) {
            if (!JsonFailures.repairable(e)) {
                throw JsonFailures.translate(e, source, offset -> offset);
            }
        } catch (CharConversionException e) {
            throw JsonFailures.encoding(e, file, source, offset -> offset);
        }
        replayUntil = records;
        records = 0;
        // the check sits after the repairs: they only rewrite ASCII, and the parser gets every clean byte before a fault
        RepairingInputStream in = new RepairingInputStream(open());
        try {
            parse(new Utf8CheckingInputStream(in), JSON, in);
        } catch (JsonProcessingException e) {
            throw JsonFailures.translate(e, source, in::originalOffset);
        } catch (CharConversionException e) {
            throw JsonFailures.encoding(e, file, source, in::originalOffset);
        } finally {
            reportRepairs(in);
        }
    }

    /** Opens the file, refusing a link that leaves the case folder. */
    private InputStream open() throws ImportException, IOException {
        Path abs = file.toAbsolutePath();
        context.resolveInside(abs.getParent(), abs.getFileName().toString(), file, "file");
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Category.UNREADABLE, source, null, "the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(ImportException.Category.UNREADABLE, source, null, "the file cannot be opened (access denied)", e);
        }
    }

    private void parse(InputStream stream, JsonFactory factory, RepairingInputStream repairing) throws IOException, ImportException {
        try (stream; JsonParser p = factory.createParser(stream)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ImportException(ImportException.Category.TRUNCATED, source, "byte 0", "the file is empty");
            }
            int arrayIndex = 0;
            while (t != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_OBJECT) {
                    readRootObject(p, "line " + line);
                } else if (t == JsonToken.START_ARRAY) {
                    arrayIndex = readRootArray(p, arrayIndex);
                } else {
                    long offset = p.currentTokenLocation().getByteOffset();
                    throw new ImportException(ImportException.Category.MALFORMED, source,
                            "byte " + (repairing == null ? offset : repairing.originalOffset(offset)) + " (line " + line + ")",
                            "expected a Telegram export or message (a JSON object or array), found " + t.asString());
                }
                t = p.nextToken();
            }
        }
    }

    /**
     * Counts a record (a message, or something skipped in its place); false for the records a first
     * pass already delivered, which a second, repairing pass must not deliver again.
     */
    private boolean fresh() {
        return records++ >= replayUntil;
    }

    private void reportRepairs(RepairingInputStream in) {
        if (in.rawControlCharacters() > 0) {
            context.warn(file, "byte " + in.firstRawControlOffset(), "repaired " + in.rawControlCharacters()
                    + " raw control character(s) inside strings (written unescaped by some Telegram Desktop versions); kept in the text");
        }
        if (in.hexEscapes() > 0) {
            context.warn(file, "byte " + in.firstHexEscapeOffset(), "repaired " + in.hexEscapes()
                    + " \\xHH escape(s) (Telegram Desktop's way of writing control characters, not JSON) as \\u00HH");
        }
        if (in.unquotedValues() > 0) {
            context.warn(file, "byte " + in.firstUnquotedValueOffset(), "repaired " + in.unquotedValues()
                    + " unquoted document_id value(s) (a Telegram Desktop 4.1 defect) by quoting them");
        }
    }

    /** A root object: a single-chat export, a full-account export, or one Telethon/4CAT message (a JSON Lines line). */
    private void readRootObject(JsonParser p, String locator) throws IOException, ImportException {
        m.reset();
        String name = null;
        String type = null;
        String id = null;
        boolean container = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (key) {
                case "messages" -> {
                    container = true;
                    String username = null;
                    if (id != null) {
                        username = options.usernameFor(id);
                        if (username == null) {
                            username = options.username();
                        }
                    }
                    readMessages(p, v, chatOf(id, type, name, username), "/messages");
                }
                case "chats", "left_chats" -> {
                    container = true;
                    if (options.username() != null && !warnedFullAccountUsername) {
                        warnedFullAccountUsername = true;
                        context.warn(file, "/" + key, "option username is ignored for a full-account export: give usernames (<chat id>=<username>,...)");
                    }
                    readChatList(p, v, "/" + key);
                }
                case "name" -> name = v == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "type" -> {
                    type = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    m.readField(key, v, p);
                }
                case "id" -> {
                    m.readField(key, v, p);
                    id = m.hasId ? TelegramOptions.chatId(m.idText) : null;
                }
                default -> m.readField(key, v, p);
            }
        }
        if (container) {
            return;
        }
        if (m.isApiMessage()) {
            emit(null, locator);
        } else {
            skipRecord(locator, "neither a Telegram Desktop export nor a Telethon message");
        }
    }

    /** A root array: Telethon messages (or anything else, skipped element by element). */
    private int readRootArray(JsonParser p, int start) throws IOException, ImportException {
        int i = start;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String locator = "/" + i;
            if (t == JsonToken.START_OBJECT) {
                m.reset();
                readMessageBody(p);
                if (m.isApiMessage()) {
                    emit(null, locator);
                } else {
                    skipRecord(locator, "not a Telethon message (no \"_\" type and no peer_id)");
                }
            } else {
                p.skipChildren();
                skipRecord(locator, "not a message object");
            }
            i++;
        }
        return i;
    }

    private void readChatList(JsonParser p, JsonToken v, String pointer) throws IOException, ImportException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            skipRecord(pointer, "the chat list is not a JSON object");
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (!key.equals("list")) {
                p.skipChildren();
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                p.skipChildren();
                skipRecord(pointer + "/list", "the chat list is not an array");
                continue;
            }
            int i = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_OBJECT) {
                    readChat(p, pointer + "/list/" + i);
                } else {
                    p.skipChildren();
                    skipRecord(pointer + "/list/" + i, "not a chat object");
                }
                i++;
            }
        }
    }

    private void readChat(JsonParser p, String pointer) throws IOException, ImportException {
        String name = null;
        String type = null;
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (key) {
                case "name" -> name = v == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "type" -> type = v == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "id" -> {
                    long n = MessageFields.whole(v, p);
                    id = n == MessageFields.NONE ? null : TelegramOptions.chatId(Long.toString(n));
                }
                case "messages" -> readMessages(p, v, chatOf(id, type, name, id == null ? null : options.usernameFor(id)), pointer + "/messages");
                default -> p.skipChildren();
            }
        }
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static Chat chatOf(String id, String type, String name, String username) {
        return id == null ? null : new Chat(id, Chat.prefixForType(type), name, username);
    }

    private void readMessages(JsonParser p, JsonToken v, Chat of, String pointer) throws IOException, ImportException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            skipRecord(pointer, "messages is not an array");
            return;
        }
        if (of == null) {
            p.skipChildren();
            skipRecord(pointer, "the chat has no id before its messages, so its messages cannot be named; all of them were skipped");
            return;
        }
        useChat(of);
        String prefix = pointer + "/";
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                m.reset();
                readMessageBody(p);
                emit(of, prefix + i);
            } else {
                p.skipChildren();
                skipRecord(prefix + i, "not a message object");
            }
            i++;
        }
    }

    private void readMessageBody(JsonParser p) throws IOException, ImportException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            m.readField(key, v, p);
        }
    }

    private void useChat(Chat c) {
        if (c == chat) {
            return;
        }
        chat = c;
        chatItemPrefix = c.itemIdPrefix();
        chatUrlPrefix = c.urlPrefix();
        chatAuthor = c.author();
    }

    /** The chat of a Telethon/4CAT message, from its peer_id (and 4CAT's resolved _chat). */
    private Chat apiChat(String locator) {
        String username = options.usernameFor(m.peerId);
        if (username == null && options.username() != null) {
            if (singleUsernamePeer == null) {
                singleUsernamePeer = m.peerId;
            }
            if (singleUsernamePeer.equals(m.peerId)) {
                username = options.username();
            } else if (!warnedSingleUsername) {
                warnedSingleUsername = true;
                context.warn(file, locator, "the dump holds more than one chat: option username applies only to chat "
                        + singleUsernamePeer + "; give usernames for the others");
            }
        }
        if (username == null && m.chatUsername != null) {
            username = TelegramOptions.validUsername(m.chatUsername);
        }
        String key = m.peerPrefix + m.peerId + "@" + username + "@" + m.chatTitle;
        Chat c = apiChats.get(key);
        if (c == null) {
            c = new Chat(m.peerId, m.peerPrefix, m.chatTitle, username);
            if (apiChats.size() < MAX_CACHED_CHATS) {
                apiChats.put(key, c);
            }
        }
        return c;
    }

    /** Turns the message just read into an item, or reports why it is skipped. */
    private void emit(Chat of, String locator) throws ImportException {
        if (!fresh()) {
            return;
        }
        if (m.tdType == MessageFields.TD_SERVICE) {
            context.ignored(file, locator, what() + " is a service message (a join, a pin, a title change), not a post");
            return;
        }
        if (m.tdType == MessageFields.TD_UNSUPPORTED) {
            context.skipped(file, locator, what() + " is of a kind Telegram Desktop could not export ('unsupported')");
            return;
        }
        if (m.apiType != null && !m.apiType.equals("Message")) {
            context.ignored(file, locator, what() + " is a " + m.apiType + ", not a post");
            return;
        }
        if (!m.hasId) {
            context.skipped(file, locator, "the message has no id");
            return;
        }
        if (m.textTooLong) {
            context.skipped(file, locator, what() + ": its text parts add up to more than " + MessageFields.MAX_TEXT_CHARS
                    + " characters (a limit against hostile exports); the messages around it are imported");
            return;
        }
        if (of == null) {
            if (m.peerId == null) {
                context.skipped(file, locator, what() + " names no chat (no peer_id)");
                return;
            }
            useChat(apiChat(locator));
        }
        Instant published = null;
        String publishedValue = null;
        String publishedNote = null;
        if (m.unixtime != MessageFields.NONE && Times.plausible(m.unixtime)) {
            published = Instant.ofEpochSecond(m.unixtime);
        } else if (m.unixtimeSeen) {
            context.warn(file, locator, what() + ": date_unixtime is not an epoch between 1970 and 9999; reading date instead");
        }
        if (published == null && !Double.isNaN(m.dateEpoch)) {
            published = Times.fromEpochSeconds(m.dateEpoch);
        }
        if (published == null && m.date.present()) {
            Reading r = readWrittenTime(m.date, "date", locator);
            if (r == null) {
                return;
            }
            published = r.instant;
            publishedValue = r.value;
            publishedNote = r.note;
        }
        if (published == null) {
            context.skipped(file, locator, what() + " has no usable date");
            return;
        }
        if (publishedValue == null) {
            publishedValue = Times.format(published);
        }

        String itemId = chatItemPrefix + m.idText;
        List<Clue> clues = new ArrayList<>(2);
        clues.add(new Clue(itemId + "/" + ClueKinds.PUBLISHED, itemId, ClueKinds.PUBLISHED, publishedValue, null, publishedNote, TelegramImporter.ID));

        Instant editedAt = editedTime(locator, itemId, clues);
        String repostOf = null;
        Author forwarded = forwardedFrom();
        if (m.hasFwd) {
            repostOf = telethonForward(itemId, locator, clues);
        }
        addPlace(itemId, locator, clues);

        List<MediaRef> media = new ArrayList<>(1);
        ItemKind kind = m.isApiMessage() ? apiMedia(media) : desktopMedia(media, locator);
        m.resolveUrlEntities();
        if (m.droppedLinks > 0) {
            context.warn(file, locator, what() + " links to more than " + MessageFields.MAX_LINKS + " URLs; " + m.droppedLinks + " were dropped");
        }

        try {
            EvidenceItem item = new EvidenceItem(itemId, Platform.TELEGRAM, kind,
                    chatUrlPrefix == null ? null : chatUrlPrefix + m.idText, author(), published, editedAt, null, m.text,
                    media, m.links, repostOf, forwarded, clues, null,
                    new Provenance(TelegramImporter.ID, source, locator, sourceSha256, importedAt));
            sink.accept(item);
        } catch (IllegalArgumentException e) {
            context.skipped(file, locator, what() + ": " + e.getMessage());
        }
    }

    /** Reports a record skipped for its structure (not a message, a chat without id). */
    private void skipRecord(String locator, String reason) {
        if (fresh()) {
            context.skipped(file, locator, reason);
        }
    }

    /** A time read from wall-clock text: the instant, the clue's value and note; null when the record was skipped. */
    private record Reading(Instant instant, String value, String note) {
    }

    private Reading readWrittenTime(MessageFields.CharBuf text, String field, String locator) {
        if (text.tooLong) {
            context.skipped(file, locator, what() + ": '" + field + "' is not a date");
            return null;
        }
        if (Times.hasOffset(text.chars, text.length)) {
            Instant t = Times.parseOffset(text.toString());
            if (t == null) {
                context.skipped(file, locator, what() + ": '" + field + "' value '" + text + "' is not a date");
                return null;
            }
            return new Reading(t, Times.format(t), null);
        }
        LocalDateTime local = Times.parseLocal(text.chars, text.length);
        if (local == null) {
            context.skipped(file, locator, what() + ": '" + field + "' value '" + text + "' is not a date");
            return null;
        }
        if (zone == null) {
            context.skipped(file, locator, what() + " has only a local '" + field + "' (" + text
                    + ", the exporting computer's wall time without offset) and no date_unixtime: give the source's timezone in case.yaml or --source-zone");
            return null;
        }
        return fromLocal(local, field, locator);
    }

    private Reading fromLocal(LocalDateTime local, String field, String locator) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        String note = "local '" + field + "' " + local + " read in " + zone.getId();
        if (offsets.size() == 1) {
            Instant t = local.toInstant(offsets.get(0));
            return new Reading(t, Times.format(t), note);
        }
        Instant a;
        Instant b;
        if (offsets.size() == 2) {
            a = local.toInstant(offsets.get(0));
            b = local.toInstant(offsets.get(1));
            note += " (a repeated hour: either reading)";
        } else {
            // a wall time the zone skips: the exporting computer's zone was not this one; keep both readings
            ZoneOffsetTransition gap = rules.getTransition(local);
            a = local.toInstant(gap.getOffsetBefore());
            b = local.toInstant(gap.getOffsetAfter());
            note += " (a time that does not exist in that zone: either reading)";
            context.warn(file, locator, what() + ": local '" + field + "' " + local + " does not exist in " + zone.getId() + "; is that the exporting computer's zone?");
        }
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        return new Reading(early, Times.format(early) + "/" + Times.format(late), note);
    }

    private Instant editedTime(String locator, String itemId, List<Clue> clues) {
        Instant edited = null;
        String value = null;
        String note = null;
        if (m.editedUnixtime != MessageFields.NONE && Times.plausible(m.editedUnixtime)) {
            edited = Instant.ofEpochSecond(m.editedUnixtime);
        } else if (!Double.isNaN(m.editedEpoch)) {
            edited = Times.fromEpochSeconds(m.editedEpoch);
        } else if (m.edited.present()) {
            if (Times.hasOffset(m.edited.chars, m.edited.length)) {
                edited = Times.parseOffset(m.edited.toString());
            } else if (zone != null) {
                LocalDateTime local = Times.parseLocal(m.edited.chars, m.edited.length);
                if (local != null) {
                    Reading r = fromLocal(local, "edited", locator);
                    edited = r.instant;
                    value = r.value;
                    note = r.note;
                }
            }
            if (edited == null) {
                context.warn(file, locator, what() + ": edit time '" + m.edited + "' not used (no offset, no edited_unixtime and no source zone, or not a date)");
            }
        }
        if (edited != null) {
            clues.add(new Clue(itemId + "/" + ClueKinds.EDITED, itemId, ClueKinds.EDITED, value == null ? Times.format(edited) : value,
                    null, note, TelegramImporter.ID));
        }
        return edited;
    }

    /** "message 42", for messages to the investigator. */
    private String what() {
        return m.idText == null ? "the message" : "message " + m.idText;
    }

    /** The sender when the message names one (groups, signed posts), else the chat itself. */
    private Author author() {
        if (m.fromId == null) {
            return chatAuthor;
        }
        if (chat != null && chat.channelLike() && m.fromId.equals("user" + chat.id())) {
            // exports before 2021 wrote a channel's own id as a bare number, read as a user id: it is the channel
            return chatAuthor;
        }
        String name = m.from != null ? m.from : m.senderName;
        if (m.fromId.equals(lastFromId) && (name == null ? lastFrom == null : name.equals(lastFrom))) {
            return lastFromAuthor;
        }
        lastFromId = m.fromId;
        lastFrom = name;
        lastFromAuthor = new Author(m.fromId, name);
        return lastFromAuthor;
    }

    private Author forwardedFrom() {
        boolean named = m.forwardedFrom != null && !m.forwardedFrom.isBlank();
        if (named || m.forwardedFromId != null) {
            // newer exports add the original author's peer id; a hidden sender has no name ("forwarded_from": null)
            return new Author(m.forwardedFromId, named ? m.forwardedFrom : null);
        }
        if (m.savedFrom != null && !m.savedFrom.isBlank()) {
            return new Author(null, m.savedFrom);
        }
        if (m.hasFwd) {
            String id = m.fwdPeerId == null ? null : m.fwdPeerPrefix + m.fwdPeerId;
            String name = m.fwdName == null || m.fwdName.isBlank() ? null : m.fwdName;
            return id == null && name == null ? null : new Author(id, name);
        }
        return null;
    }

    /** A Telethon forward names the original's channel and post and its date: repostOf and a not-after clue. */
    private String telethonForward(String itemId, String locator, List<Clue> clues) {
        Instant original = null;
        if (!Double.isNaN(m.fwdEpoch)) {
            original = Times.fromEpochSeconds(m.fwdEpoch);
        } else if (m.fwdDate.present() && !m.fwdDate.tooLong && Times.hasOffset(m.fwdDate.chars, m.fwdDate.length)) {
            original = Times.parseOffset(m.fwdDate.toString());
        }
        if (original != null) {
            clues.add(new Clue(itemId + "/" + ClueKinds.NOT_AFTER, itemId, ClueKinds.NOT_AFTER, Times.format(original), null,
                    "the forwarded original was posted then", TelegramImporter.ID));
        } else if (m.fwdDate.present() || !Double.isNaN(m.fwdEpoch)) {
            context.warn(file, locator, what() + ": the forward's original date is not a date with an offset; no not-after clue");
        }
        if ("channel".equals(m.fwdPeerPrefix) && m.fwdChannelPost != MessageFields.NONE && m.fwdChannelPost > 0) {
            String username = options.usernameFor(m.fwdPeerId);
            String original1 = "telegram:" + (username != null ? username : m.fwdPeerId) + ":" + m.fwdChannelPost;
            if (original1.equals(itemId)) {
                context.warn(file, locator, what() + " claims to forward itself; repostOf left out");
                return null;
            }
            return original1;
        }
        return null;
    }

    private void addPlace(String itemId, String locator, List<Clue> clues) {
        if (Double.isNaN(m.lat) && Double.isNaN(m.lon)) {
            return;
        }
        try {
            GeoPoint point = new GeoPoint(m.lat, m.lon);
            clues.add(new Clue(itemId + "/" + ClueKinds.PLACE, itemId, ClueKinds.PLACE, plain(point.lat()) + "," + plain(point.lon()), null,
                    m.placeName == null ? "location attached to the message" : "location attached to the message: " + m.placeName,
                    TelegramImporter.ID));
        } catch (IllegalArgumentException e) {
            context.warn(file, locator, what() + ": location " + m.lat + "," + m.lon + " is not a position; left out");
        }
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Telegram Desktop media: {@code photo} and {@code file} hold a path in the export or a "(… not included …)" note. */
    private ItemKind desktopMedia(List<MediaRef> media, String locator) {
        ItemKind kind = ItemKind.TEXT;
        if (m.photo != null) {
            MediaRef r = localFile(MediaRef.of("photo"), m.photo, locator);
            if (m.width > 0 && m.height > 0) {
                r = r.withSize(m.width, m.height);
            }
            media.add(r);
            kind = ItemKind.PHOTO;
        }
        if (m.file != null || m.mediaType != null) {
            String type = desktopMediaType(m.mediaType);
            MediaRef r = MediaRef.of(type).withMimeType(m.mimeType);
            if (m.duration >= 0) {
                r = r.withDurationSeconds(m.duration);
            }
            if (m.width > 0 && m.height > 0) {
                r = r.withSize(m.width, m.height);
            }
            if (m.fileSize >= 0) {
                r = r.withSizeBytes(m.fileSize);
            }
            if (m.file != null) {
                r = localFile(r, m.file, locator);
            }
            media.add(r);
            ItemKind k = kindOf(type, m.mimeType);
            if (k == ItemKind.VIDEO || (k == ItemKind.PHOTO && kind == ItemKind.TEXT)) {
                kind = k;
            }
        }
        return kind;
    }

    private static String desktopMediaType(String mediaType) {
        if (mediaType == null) {
            return "file";
        }
        return switch (mediaType) {
            case "video_file", "video_message" -> "video";
            case "animation" -> "animation";
            case "voice_message", "audio_file" -> "audio";
            case "sticker" -> "sticker";
            default -> "file";
        };
    }

    /** Videos and (video) animations are videos; images are photos; the rest leaves the item a text. */
    private static ItemKind kindOf(String type, String mime) {
        boolean imageMime = mime != null && mime.startsWith("image/");
        boolean videoMime = mime != null && mime.startsWith("video/");
        return switch (type) {
            case "video" -> ItemKind.VIDEO;
            case "animation" -> imageMime ? ItemKind.PHOTO : ItemKind.VIDEO;
            case "photo" -> ItemKind.PHOTO;
            case "file" -> videoMime ? ItemKind.VIDEO : imageMime ? ItemKind.PHOTO : ItemKind.TEXT;
            default -> ItemKind.TEXT;
        };
    }

    /** Resolves an export's file path inside the case; a note in parentheses means the file was left out. */
    private MediaRef localFile(MediaRef r, String value, String locator) {
        if (value.startsWith("(") && value.endsWith(")")) {
            return r.withExported(false);
        }
        Path path;
        try {
            path = context.resolveInside(base, value, file, locator);
        } catch (ImportException e) {
            context.warn(file, locator, what() + ": media path refused, the item is kept without it: " + e.getMessage());
            return r.withExported(true);
        }
        if (!Files.isRegularFile(path)) {
            context.warn(file, locator, what() + ": media file '" + value + "' is not in the export (missing); the item is kept without it");
            return r.withExported(true);
        }
        MediaRef out = r.withPath(context.sourceName(path)).withExported(true);
        try {
            out = out.withSha256(Hashes.sha256(path));
            if (out.sizeBytes() == null) {
                out = out.withSizeBytes(Files.size(path));
            }
        } catch (IOException e) {
            context.warn(file, locator, what() + ": media file '" + value + "' could not be read for its sha256: " + e.getMessage());
        }
        return out;
    }

    /** Telethon media: photo or document (with its attributes), no local file. */
    private ItemKind apiMedia(List<MediaRef> media) {
        if (m.apiPhotoId != null || "MessageMediaPhoto".equals(m.apiMedia)) {
            media.add(MediaRef.of("photo").withMediaId(m.apiPhotoId));
            return ItemKind.PHOTO;
        }
        if (m.apiDocId == null && !"MessageMediaDocument".equals(m.apiMedia)) {
            return ItemKind.TEXT;
        }
        String type;
        if (m.docSticker) {
            type = "sticker";
        } else if (m.docAnimated) {
            type = "animation";
        } else if (m.docVideo) {
            type = "video";
        } else if (m.docAudio) {
            type = "audio";
        } else {
            type = "file";
        }
        MediaRef r = MediaRef.of(type).withMimeType(m.mimeType).withMediaId(m.apiDocId);
        if (m.duration >= 0) {
            r = r.withDurationSeconds(m.duration);
        }
        if (m.width > 0 && m.height > 0) {
            r = r.withSize(m.width, m.height);
        }
        if (m.fileSize >= 0) {
            r = r.withSizeBytes(m.fileSize);
        }
        media.add(r);
        return kindOf(type, m.mimeType);
    }
}
