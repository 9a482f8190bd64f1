package io.corroborate.importer.twitter;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.model.Provenance;
import io.corroborate.spi.ImportContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns one tweet (as a small tree) into an item, whichever format it came in: API v2 (joined with
 * its page's includes), v1.1 (the account archive and twarc 1), or snscrape. One instance per source
 * file: it knows the file, the context and the sink.
 */
final class Tweets {
    /** Twitter's snowflake epoch (2010-11-04T01:42:54.657Z): a tweet id holds its creation time since then. */
    private static final long TWEPOCH_MS = 1_288_834_974_657L;
    /** Ids below this predate snowflake ids (sequential, no time inside). */
    private static final long FIRST_SNOWFLAKE = 300_000_000_000L;
    private static final DateTimeFormatter V1_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final int MAX_LINKS = 1000;

    private final Path file;
    private final ImportContext context;
    private final Consumer<EvidenceItem> sink;
    private final String source;
    private final String sourceSha256;
    private final Instant importedAt;

    Tweets(Path file, ImportContext context, Consumer<EvidenceItem> sink) {
        this.file = file;
        this.context = context;
        this.sink = sink;
        this.source = context.sourceName(file);
        this.sourceSha256 = context.sourceSha256(file);
        this.importedAt = context.clock().instant();
    }

    Path file() {
        return file;
    }

    String source() {
        return source;
    }

    ImportContext context() {
        return context;
    }

    /** A page's expansions, keyed as the API joins them. */
    static final class Includes {
        final Map<String, Map<String, Object>> users = new HashMap<>();
        final Map<String, Map<String, Object>> tweets = new HashMap<>();
        final Map<String, Map<String, Object>> media = new HashMap<>();
        final Map<String, Map<String, Object>> places = new HashMap<>();

        int size() {
            return users.size() + tweets.size() + media.size() + places.size();
        }
    }

    /** What a tweet is made of, whatever the format; {@link #emit} checks and hands it on. */
    private final class Draft {
        final String id;
        final String locator;
        String handle;
        Author author;
        Instant published;
        String publishedNote;
        String text;
        final List<MediaRef> media = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        String repostOf;
        Author forwardedFrom;
        Instant notAfter;
        String place;
        String placeNote;

        Draft(String id, String locator) {
            this.id = id;
            this.locator = locator;
        }

        /** Adds a link; a tweet URL in any form becomes its canonical form, and a link to the tweet itself is left out. */
        void link(String url) {
            if (url == null || url.isBlank()) {
                return;
            }
            String u = url;
            String tweet = TwitterUrls.tweetId(url).orElse(null);
            if (tweet != null) {
                if (tweet.equals(id)) {
                    return;
                }
                u = TwitterUrls.canonical(url).orElse(url);
            }
            if (!links.contains(u) && links.size() < MAX_LINKS) {
                links.add(u);
            }
        }
    }

    // ---------------------------------------------------------------- API v2

    /** A v2 tweet; expansions come from the page's includes, or from the tweet itself when twarc flattened it. */
    void v2(Map<String, Object> t, Includes inc, String locator) {
        Draft d = draft(t, locator);
        if (d == null) {
            return;
        }
        if (!time(d, Tree.stringAt(t, "created_at"))) {
            return;
        }
        String authorId = Tree.id(t.get("author_id"));
        Map<String, Object> user = authorId == null ? null : inc.users.get(authorId);
        if (user == null) {
            user = Tree.mapAt(t, "author");
        }
        d.handle = user == null ? null : Tree.stringAt(user, "username");
        String name = user == null ? null : Tree.stringAt(user, "name");
        d.author = authorId == null && name == null ? null : new Author(authorId, name);
        d.text = v2Text(t);
        v2Links(t, d);
        v2Media(t, inc, d.media);
        for (Object r : Tree.list(t.get("referenced_tweets"))) {
            Map<String, Object> ref = Tree.map(r);
            String type = Tree.stringAt(ref, "type");
            String refId = Tree.id(Tree.at(ref, "id"));
            if (type == null || refId == null) {
                continue;
            }
            Map<String, Object> original = inc.tweets.get(refId);
            if (original == null && ref.containsKey("text")) {
                original = ref;
            }
            String originalHandle = v2Handle(original, inc);
            if (type.equals("retweeted")) {
                d.repostOf = "twitter:" + refId;
                if (original != null) {
                    String full = v2Text(original);
                    if (full != null) {
                        d.text = full;
                    }
                    String oid = Tree.id(original.get("author_id"));
                    Map<String, Object> ou = oid == null ? null : inc.users.get(oid);
                    if (ou == null) {
                        ou = Tree.mapAt(original, "author");
                    }
                    String oname = ou == null ? null : Tree.stringAt(ou, "name");
                    if (oid != null || oname != null) {
                        d.forwardedFrom = new Author(oid, oname);
                    }
                    d.notAfter = instant(Tree.stringAt(original, "created_at"));
                    if (d.media.isEmpty()) {
                        v2Media(original, inc, d.media);
                    }
                    v2Links(original, d);
                }
            } else if (type.equals("quoted") || type.equals("replied_to")) {
                d.link(TwitterUrls.statusUrl(originalHandle, refId));
            }
        }
        Map<String, Object> geo = Tree.mapAt(t, "geo");
        if (geo != null) {
            List<Object> c = Tree.list(Tree.at(geo, "coordinates", "coordinates"));
            if (c.size() == 2) {
                point(d, Tree.number(c.get(1)), Tree.number(c.get(0)), "the tweet's geo tag");
            } else {
                String placeId = Tree.stringAt(geo, "place_id");
                Map<String, Object> place = placeId == null ? null : inc.places.get(placeId);
                box(d, place != null ? place : geo);
            }
        }
        emit(d);
    }

    private static String v2Text(Map<String, Object> t) {
        String note = Tree.stringAt(t, "note_tweet", "text");
        return HtmlEntities.decode(note != null ? note : Tree.stringAt(t, "text"));
    }

    private static String v2Handle(Map<String, Object> t, Includes inc) {
        if (t == null) {
            return null;
        }
        String aid = Tree.id(t.get("author_id"));
        Map<String, Object> u = aid == null ? null : inc.users.get(aid);
        if (u == null) {
            u = Tree.mapAt(t, "author");
        }
        return u == null ? null : Tree.stringAt(u, "username");
    }

    private static void v2Links(Map<String, Object> t, Draft d) {
        for (Object o : Tree.list(Tree.at(t, "entities", "urls"))) {
            Map<String, Object> u = Tree.map(o);
            if (u == null || u.containsKey("media_key")) {
                continue;
            }
            String url = Tree.stringAt(u, "unwound_url");
            if (url == null) {
                url = Tree.stringAt(u, "expanded_url");
            }
            if (url == null) {
                url = Tree.stringAt(u, "url");
            }
            d.link(url);
        }
    }

    private static void v2Media(Map<String, Object> t, Includes inc, List<MediaRef> out) {
        List<Object> embedded = Tree.list(Tree.at(t, "attachments", "media"));
        List<Object> keys = Tree.list(Tree.at(t, "attachments", "media_keys"));
        for (int i = 0; i < keys.size(); i++) {
            String key = Tree.string(keys.get(i));
            if (key == null) {
                continue;
            }
            Map<String, Object> m = inc.media.get(key);
            if (m == null && i < embedded.size()) {
                m = Tree.map(embedded.get(i));
            }
            out.add(m == null ? MediaRef.of("media").withMediaId(key) : v2MediaRef(m, key));
        }
    }

    private static MediaRef v2MediaRef(Map<String, Object> m, String key) {
        String type = mediaType(Tree.stringAt(m, "type"));
        MediaRef r = MediaRef.of(type).withMediaId(key);
        Variant best = best(Tree.list(m.get("variants")), "bit_rate", "content_type", "url");
        if (best != null) {
            r = r.withUrl(best.url).withMimeType(best.contentType);
        } else {
            r = r.withUrl(Tree.stringAt(m, "url"));
        }
        double ms = Tree.number(m.get("duration_ms"));
        if (ms >= 0) {
            r = r.withDurationSeconds(ms / 1000.0);
        }
        return withSize(r, Tree.number(m.get("width")), Tree.number(m.get("height")));
    }

    // ---------------------------------------------------------------- v1.1 (account archive, twarc 1)

    /** Extras an account archive supplies beside the tweet: the account, and the downloaded media files. */
    interface ArchiveMedia {
        /** Attaches the archive's files of tweet {@code id} to its media (or adds them), warns about what it must. */
        void attach(String id, List<MediaRef> media, String locator);
    }

    /**
     * A v1.1 tweet object; {@code account} is the archive's owner (null for twarc 1, whose tweets carry
     * {@code user}), {@code files} the archive's media (or null).
     */
    void v1(Map<String, Object> t, Author account, String accountHandle, ArchiveMedia files, String locator) {
        Draft d = draft(t, locator);
        if (d == null) {
            return;
        }
        if (!time(d, Tree.stringAt(t, "created_at"))) {
            return;
        }
        Map<String, Object> user = Tree.mapAt(t, "user");
        if (user != null) {
            String uid = Tree.id(user.get("id_str"));
            if (uid == null) {
                uid = Tree.id(user.get("id"));
            }
            String name = Tree.stringAt(user, "name");
            d.author = uid == null && name == null ? null : new Author(uid, name);
            d.handle = Tree.stringAt(user, "screen_name");
        } else {
            d.author = account;
            d.handle = accountHandle;
        }
        d.text = v1Text(t);
        v1Links(t, d);
        v1Media(t, d.media);
        if (d.handle == null) {
            d.handle = handleFromMedia(t);
        }
        Map<String, Object> rt = Tree.mapAt(t, "retweeted_status");
        if (rt != null) {
            String rid = Tree.id(rt.get("id_str"));
            if (rid != null) {
                d.repostOf = "twitter:" + rid;
            }
            String full = v1Text(rt);
            if (full != null) {
                d.text = full;
            }
            Map<String, Object> ru = Tree.mapAt(rt, "user");
            if (ru != null) {
                String ruid = Tree.id(ru.get("id_str"));
                String rname = Tree.stringAt(ru, "name");
                if (ruid != null || rname != null) {
                    d.forwardedFrom = new Author(ruid, rname);
                }
            }
            d.notAfter = v1Instant(Tree.stringAt(rt, "created_at"));
            if (d.media.isEmpty()) {
                v1Media(rt, d.media);
            }
            v1Links(rt, d);
        } else if (d.text != null && d.text.startsWith("RT @")) {
            // the archive keeps only "RT @user: …" of a retweet: the original's author by handle, nothing else
            int colon = d.text.indexOf(':');
            String h = TwitterUrls.cleanHandle(colon > 4 ? d.text.substring(3, colon) : null);
            if (h != null) {
                d.forwardedFrom = new Author(null, "@" + h);
            }
        }
        String quoted = Tree.id(t.get("quoted_status_id_str"));
        if (quoted != null) {
            d.link(TwitterUrls.statusUrl(Tree.stringAt(t, "quoted_status", "user", "screen_name"), quoted));
        }
        String replyTo = Tree.id(t.get("in_reply_to_status_id_str"));
        if (replyTo != null) {
            d.link(TwitterUrls.statusUrl(Tree.stringAt(t, "in_reply_to_screen_name"), replyTo));
        }
        List<Object> point = Tree.list(Tree.at(t, "coordinates", "coordinates"));
        if (point.size() == 2) {
            point(d, Tree.number(point.get(1)), Tree.number(point.get(0)), "the tweet's coordinates");
        } else {
            List<Object> geo = Tree.list(Tree.at(t, "geo", "coordinates"));
            if (geo.size() == 2) {
                point(d, Tree.number(geo.get(0)), Tree.number(geo.get(1)), "the tweet's geo tag");
            }
        }
        if (files != null) {
            files.attach(d.id, d.media, locator);
        }
        emit(d);
    }

    private static String v1Text(Map<String, Object> t) {
        String text = Tree.stringAt(t, "extended_tweet", "full_text");
        if (text == null) {
            text = Tree.stringAt(t, "full_text");
        }
        if (text == null) {
            text = Tree.stringAt(t, "text");
        }
        return HtmlEntities.decode(text);
    }

    private static void v1Links(Map<String, Object> t, Draft d) {
        Object urls = Tree.at(t, "extended_tweet", "entities", "urls");
        if (urls == null) {
            urls = Tree.at(t, "entities", "urls");
        }
        for (Object o : Tree.list(urls)) {
            String url = Tree.stringAt(o, "expanded_url");
            d.link(url != null ? url : Tree.stringAt(o, "url"));
        }
    }

    private static List<Object> v1MediaEntities(Map<String, Object> t) {
        Object m = Tree.at(t, "extended_tweet", "extended_entities", "media");
        if (m == null) {
            m = Tree.at(t, "extended_entities", "media");
        }
        if (m == null) {
            m = Tree.at(t, "entities", "media");
        }
        return Tree.list(m);
    }

    private static void v1Media(Map<String, Object> t, List<MediaRef> out) {
        for (Object o : v1MediaEntities(t)) {
            Map<String, Object> m = Tree.map(o);
            if (m == null) {
                continue;
            }
            MediaRef r = MediaRef.of(mediaType(Tree.stringAt(m, "type")));
            String mid = Tree.id(m.get("id_str"));
            r = r.withMediaId(mid != null ? mid : Tree.id(m.get("id")));
            Variant best = best(Tree.list(Tree.at(m, "video_info", "variants")), "bitrate", "content_type", "url");
            if (best != null) {
                r = r.withUrl(best.url).withMimeType(best.contentType);
            } else {
                String url = Tree.stringAt(m, "media_url_https");
                r = r.withUrl(url != null ? url : Tree.stringAt(m, "media_url"));
            }
            double ms = Tree.number(Tree.at(m, "video_info", "duration_millis"));
            if (ms >= 0) {
                r = r.withDurationSeconds(ms / 1000.0);
            }
            out.add(r);
        }
    }

    /** The account archive has no user on each tweet, but its media links name the handle. */
    private static String handleFromMedia(Map<String, Object> t) {
        for (Object o : v1MediaEntities(t)) {
            String h = TwitterUrls.handleIn(Tree.stringAt(o, "expanded_url")).orElse(null);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- snscrape

    /** An snscrape Tweet (its JSON Lines output): nested retweetedTweet/quotedTweet are whole tweets. */
    void snscrape(Map<String, Object> t, String locator) {
        Draft d = draft(t, locator);
        if (d == null) {
            return;
        }
        if (!time(d, Tree.stringAt(t, "date"))) {
            return;
        }
        Map<String, Object> user = Tree.mapAt(t, "user");
        if (user != null) {
            String uid = Tree.id(user.get("id"));
            String name = Tree.stringAt(user, "displayname");
            d.author = uid == null && name == null ? null : new Author(uid, name);
            d.handle = Tree.stringAt(user, "username");
        }
        d.text = snsText(t);
        snsLinks(t, d);
        snsMedia(t, d.media);
        Map<String, Object> rt = Tree.mapAt(t, "retweetedTweet");
        if (rt != null) {
            String rid = Tree.id(rt.get("id"));
            if (rid != null) {
                d.repostOf = "twitter:" + rid;
            }
            String full = snsText(rt);
            if (full != null) {
                d.text = full;
            }
            Map<String, Object> ru = Tree.mapAt(rt, "user");
            if (ru != null) {
                String ruid = Tree.id(ru.get("id"));
                String rname = Tree.stringAt(ru, "displayname");
                if (ruid != null || rname != null) {
                    d.forwardedFrom = new Author(ruid, rname);
                }
            }
            d.notAfter = instant(Tree.stringAt(rt, "date"));
            if (d.media.isEmpty()) {
                snsMedia(rt, d.media);
            }
            snsLinks(rt, d);
        }
        Map<String, Object> quoted = Tree.mapAt(t, "quotedTweet");
        if (quoted != null) {
            String qid = Tree.id(quoted.get("id"));
            if (qid != null) {
                d.link(TwitterUrls.statusUrl(Tree.stringAt(quoted, "user", "username"), qid));
            }
        }
        String replyTo = Tree.id(t.get("inReplyToTweetId"));
        if (replyTo != null) {
            d.link(TwitterUrls.statusUrl(Tree.stringAt(t, "inReplyToUser", "username"), replyTo));
        }
        Map<String, Object> c = Tree.mapAt(t, "coordinates");
        if (c != null) {
            point(d, Tree.number(c.get("latitude")), Tree.number(c.get("longitude")), "the tweet's coordinates");
        }
        emit(d);
    }

    private static String snsText(Map<String, Object> t) {
        String text = Tree.stringAt(t, "rawContent");
        return text != null ? text : Tree.stringAt(t, "content");
    }

    private static void snsLinks(Map<String, Object> t, Draft d) {
        for (Object o : Tree.list(t.get("links"))) {
            d.link(o instanceof String s ? s : Tree.stringAt(o, "url"));
        }
        for (Object o : Tree.list(t.get("outlinks"))) {
            d.link(Tree.string(o));
        }
    }

    private static void snsMedia(Map<String, Object> t, List<MediaRef> out) {
        for (Object o : Tree.list(t.get("media"))) {
            Map<String, Object> m = Tree.map(o);
            if (m == null) {
                continue;
            }
            String kind = Tree.stringAt(m, "_type");
            kind = kind == null ? "" : kind.substring(kind.lastIndexOf('.') + 1);
            MediaRef r;
            switch (kind) {
                case "Photo" -> r = MediaRef.of("photo").withUrl(Tree.stringAt(m, "fullUrl"));
                case "Video", "Gif" -> {
                    r = MediaRef.of(kind.equals("Gif") ? "animation" : "video");
                    Variant best = best(Tree.list(m.get("variants")), "bitrate", "contentType", "url");
                    if (best != null) {
                        r = r.withUrl(best.url).withMimeType(best.contentType);
                    }
                    double s = Tree.number(m.get("duration"));
                    if (s >= 0) {
                        r = r.withDurationSeconds(s);
                    }
                }
                default -> {
                    continue;
                }
            }
            out.add(r);
        }
    }

    // ---------------------------------------------------------------- shared

    /** The draft of a tweet with an id, or null after reporting a record without one. */
    private Draft draft(Map<String, Object> t, String locator) {
        String id = Tree.id(t.get("id_str"));
        if (id == null) {
            id = Tree.id(t.get("id"));
        }
        if (id == null) {
            context.skipped(file, locator, "the tweet has no id (digits)");
            return null;
        }
        return new Draft(id, locator);
    }

    /**
     * Sets the publication time from {@code created} (ISO, or v1.1's {@code Wed Jan 05 09:03:12 +0000 2022}),
     * falling back on the time inside the tweet id; false after reporting a tweet without any.
     */
    private boolean time(Draft d, String created) {
        Instant fromId = snowflake(d.id);
        Instant t = instant(created);
        if (t == null) {
            t = v1Instant(created);
        }
        if (t == null && created != null) {
            context.warn(file, d.locator, "tweet " + d.id + ": created_at '" + created + "' is not a date");
        }
        if (t == null && fromId != null) {
            d.published = fromId;
            d.publishedNote = "from the time inside the tweet id (snowflake)";
            return true;
        }
        if (t == null) {
            context.skipped(file, d.locator, "tweet " + d.id + " has no usable created_at and an id too old to hold a time");
            return false;
        }
        if (fromId != null && Math.abs(fromId.toEpochMilli() - t.toEpochMilli()) > 2000) {
            context.warn(file, d.locator, "tweet " + d.id + ": created_at " + t + " disagrees with the time inside its id, " + fromId);
        }
        d.published = t;
        return true;
    }

    /** The creation time a snowflake tweet id holds (millisecond precision), or null for older ids. */
    static Instant snowflake(String id) {
        if (id == null || id.length() > 19) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
        if (n < FIRST_SNOWFLAKE) {
            return null;
        }
        return Instant.ofEpochMilli((n >> 22) + TWEPOCH_MS);
    }

    /** An ISO date-time with Z or an offset (a space instead of T accepted), or null. */
    static Instant instant(String s) {
        if (s == null || s.length() < 20 || s.length() > 40) {
            return null;
        }
        String t = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return plausible(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** v1.1's {@code Wed Jan 05 09:03:12 +0000 2022}, or null. */
    static Instant v1Instant(String s) {
        if (s == null || s.length() > 40) {
            return null;
        }
        try {
            return plausible(ZonedDateTime.parse(s, V1_DATE).toInstant());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant plausible(Instant t) {
        return t.getEpochSecond() >= 0 && t.getEpochSecond() <= MAX_EPOCH_SECOND ? t : null;
    }

    private static String mediaType(String apiType) {
        if (apiType == null) {
            return "media";
        }
        return switch (apiType) {
            case "photo" -> "photo";
            case "video" -> "video";
            case "animated_gif" -> "animation";
            default -> "media";
        };
    }

    private record Variant(String url, String contentType, double bitrate) {
    }

    /** The mp4 variant with the highest bit rate (HLS playlists carry none and are a last resort). */
    private static Variant best(List<Object> variants, String rateKey, String typeKey, String urlKey) {
        Variant best = null;
        for (Object o : variants) {
            String url = Tree.stringAt(o, urlKey);
            if (url == null) {
                continue;
            }
            String type = Tree.stringAt(o, typeKey);
            double rate = Tree.number(Tree.at(o, rateKey));
            boolean mp4 = "video/mp4".equals(type);
            double score = (mp4 ? 1e12 : 0) + (Double.isNaN(rate) ? 0 : rate);
            if (best == null || score > best.bitrate) {
                best = new Variant(url, type, score);
            }
        }
        return best;
    }

    private static MediaRef withSize(MediaRef r, double w, double h) {
        if (w > 0 && h > 0 && w <= Integer.MAX_VALUE && h <= Integer.MAX_VALUE) {
            return r.withSize((int) w, (int) h);
        }
        return r;
    }

    private void point(Draft d, double lat, double lon, String note) {
        try {
            GeoPoint p = new GeoPoint(lat, lon);
            d.place = plain(p.lat()) + "," + plain(p.lon());
            d.placeNote = note;
        } catch (IllegalArgumentException e) {
            context.warn(file, d.locator, "tweet " + d.id + ": coordinates " + lat + "," + lon + " are not a position; left out");
        }
    }

    /** A place's bounding box [west, south, east, north] as its centre and the radius that covers it. */
    private void box(Draft d, Map<String, Object> place) {
        List<Object> bbox = Tree.list(Tree.at(place, "geo", "bbox"));
        if (bbox.size() != 4) {
            return;
        }
        double w = Tree.number(bbox.get(0));
        double s = Tree.number(bbox.get(1));
        double e = Tree.number(bbox.get(2));
        double n = Tree.number(bbox.get(3));
        try {
            GeoPoint corner = new GeoPoint(n, e);
            GeoPoint centre = new GeoPoint(round6((s + n) / 2), round6((w + e) / 2));
            new GeoPoint(s, w);
            long radius = (long) Math.ceil(centre.distanceMetres(corner));
            d.place = plain(centre.lat()) + "," + plain(centre.lon()) + "," + radius;
            String name = Tree.stringAt(place, "full_name");
            d.placeNote = "the tweet's place" + (name == null ? "" : " " + name) + " (its bounding box)";
        } catch (IllegalArgumentException ex) {
            context.warn(file, d.locator, "tweet " + d.id + ": the place's bounding box is not a position; left out");
        }
    }

    private static double round6(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private void emit(Draft d) {
        String itemId = "twitter:" + d.id;
        List<Clue> clues = new ArrayList<>(3);
        clues.add(new Clue(itemId + "/" + ClueKinds.PUBLISHED, itemId, ClueKinds.PUBLISHED, d.published.toString(), null,
                d.publishedNote, TwitterImporter.ID));
        if (d.notAfter != null) {
            clues.add(new Clue(itemId + "/" + ClueKinds.NOT_AFTER, itemId, ClueKinds.NOT_AFTER, d.notAfter.toString(), null,
                    "the retweeted original was posted then", TwitterImporter.ID));
        }
        if (d.place != null) {
            clues.add(new Clue(itemId + "/" + ClueKinds.PLACE, itemId, ClueKinds.PLACE, d.place, null, d.placeNote, TwitterImporter.ID));
        }
        String repostOf = d.repostOf;
        if (itemId.equals(repostOf)) {
            context.warn(file, d.locator, "tweet " + d.id + " claims to retweet itself; repostOf left out");
            repostOf = null;
        }
        ItemKind kind = ItemKind.TEXT;
        for (MediaRef m : d.media) {
            if (m.type().equals("video") || m.type().equals("animation")) {
                kind = ItemKind.VIDEO;
            } else if (m.type().equals("photo") && kind == ItemKind.TEXT) {
                kind = ItemKind.PHOTO;
            }
        }
        try {
            sink.accept(new EvidenceItem(itemId, Platform.TWITTER, kind, TwitterUrls.statusUrl(d.handle, d.id), d.author,
                    d.published, null, null, d.text, d.media, d.links, repostOf, d.forwardedFrom, clues, null,
                    new Provenance(TwitterImporter.ID, source, d.locator, sourceSha256, importedAt)));
        } catch (IllegalArgumentException e) {
            context.skipped(file, d.locator, "tweet " + d.id + ": " + e.getMessage());
        }
    }
}
