package io.corroborate.importer.csv;

import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * 4CAT's Twitter API v2 datasource CSV ({@code search_twitter.py}, {@code map_item}). {@code timestamp} is
 * the tweet's {@code created_at} written as a UTC string and is used; {@code unix_timestamp} was computed
 * from it as if it were the 4CAT server's local time, so it is off by that zone's offset whenever the server
 * does not run in UTC: it is only a fallback, and a disagreement is reported once per file.
 */
final class FourCatTwitter implements RowMapper {
    private static final Pattern TWEET_ID = Pattern.compile("\\d{1,25}");
    private final Times utc = Times.isoUtc();
    private final Times epoch = Times.epoch();
    /** Seconds by which unix_timestamp differed from timestamp, to the first line and count of rows. */
    private final TreeMap<Long, long[]> shifts = new TreeMap<>();

    @Override
    public String describe() {
        return "4CAT Twitter (API v2) export";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id");
    }

    @Override
    public EvidenceItem map(CsvRows.Row row, FileScope scope) throws InvalidRecord {
        String tweet = row.get("id").strip();
        if (!TWEET_ID.matcher(tweet).matches()) {
            throw new InvalidRecord("id '" + Cells.shorten(tweet) + "' is not a tweet id");
        }
        String id = "twitter:" + tweet;
        Times.Stamp when = time(row);
        List<String> images = Cells.split(row.get("images"), ",");
        List<String> videos = Cells.split(row.get("videos"), ",");
        ItemKind kind = !videos.isEmpty() ? ItemKind.VIDEO : !images.isEmpty() ? ItemKind.PHOTO : ItemKind.TEXT;
        String user = row.get("author").strip();
        String link = row.get("link").strip();
        String url = Cells.webUrl(link) ? link : !user.isEmpty() && Cells.plainId(user) ? "https://twitter.com/" + user + "/status/" + tweet : null;
        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.TWITTER, kind)
                .url(url)
                .text(row.get("body"))
                .provenance(scope.provenance(row.locator()));
        String authorId = row.get("author_id").strip();
        String name = user.isEmpty() ? row.get("author_fullname").strip() : user;
        if (!authorId.isEmpty() || !name.isEmpty()) {
            b.author(new Author(authorId, name));
        }
        if (Cells.yes(row.get("is_retweet")) && !row.get("retweeted_user").isBlank()) {
            b.forwardedFrom(new Author(null, row.get("retweeted_user").strip()));
        }
        ClueList clues = new ClueList(id);
        b.publishedAt(when.start());
        clues.add(ClueKinds.PUBLISHED, when.value(), null, when.note());
        for (String u : images) {
            if (Cells.webUrl(u)) {
                b.media(MediaRef.of("photo").withUrl(u));
            }
        }
        for (String u : videos) {
            if (Cells.webUrl(u)) {
                b.media(MediaRef.of("video").withUrl(u));
            }
        }
        for (String u : Cells.split(row.get("urls"), ",")) {
            if (Cells.webUrl(u)) {
                b.link(u);
            }
        }
        String lonLat = row.get("long_lat").strip();
        if (!lonLat.isEmpty()) {
            String[] p = lonLat.split(",");
            if (p.length != 2) {
                throw new InvalidRecord("long_lat '" + Cells.shorten(lonLat) + "' is not 'longitude, latitude'");
            }
            clues.add(ClueKinds.PLACE, CsvImporter.place(p[1], p[0]), null, "the tweet's geo coordinates (long_lat)");
        }
        clues.all().forEach(b::clue);
        return b.build();
    }

    private Times.Stamp time(CsvRows.Row row) throws InvalidRecord {
        String ts = row.get("timestamp").strip();
        String unix = row.get("unix_timestamp").strip();
        if (ts.isEmpty() && unix.isEmpty()) {
            throw new InvalidRecord("neither timestamp nor unix_timestamp is given");
        }
        if (ts.isEmpty()) {
            Times.Stamp u = epoch.parse(unix, "unix_timestamp");
            return new Times.Stamp(u.start(), null, "4CAT unix_timestamp: may be shifted by the 4CAT server's time zone (no timestamp column)");
        }
        Times.Stamp t = utc.parse(ts, "timestamp");
        if (!t.isInstant()) {
            throw new InvalidRecord("timestamp '" + Cells.shorten(ts) + "' has no time of day");
        }
        if (!unix.isEmpty()) {
            try {
                long diff = epoch.parse(unix, "unix_timestamp").start().getEpochSecond() - t.start().getEpochSecond();
                if (diff != 0) {
                    shifts.computeIfAbsent(diff, d -> new long[] {row.line(), 0})[1]++;
                }
            } catch (InvalidRecord e) {
                shifts.computeIfAbsent(Long.MIN_VALUE, d -> new long[] {row.line(), 0})[1]++;
            }
        }
        return new Times.Stamp(t.start(), null, "4CAT timestamp (the tweet's created_at, UTC)");
    }

    @Override
    public void finish(FileScope scope) {
        shifts.forEach((diff, at) -> {
            String what;
            if (diff == Long.MIN_VALUE) {
                what = "unix_timestamp is not a number";
            } else if (diff % 3600 == 0) {
                what = "unix_timestamp is " + hours(diff) + " off timestamp: the 4CAT server's time zone shifted it";
            } else {
                what = "unix_timestamp differs from timestamp by " + diff + " s";
            }
            scope.warn("line " + at[0], what + " in " + at[1] + (at[1] == 1 ? " row" : " rows") + " (first on this line); timestamp (UTC) was used");
        });
        shifts.clear();
    }

    private static String hours(long seconds) {
        long h = seconds / 3600;
        return (h > 0 ? "+" : "") + h + " h";
    }
}
