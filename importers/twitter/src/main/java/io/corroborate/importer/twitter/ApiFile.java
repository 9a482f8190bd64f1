package io.corroborate.importer.twitter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.corroborate.spi.ImportException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON or JSON Lines file of tweets: API v2 pages ({@code data}, {@code includes}; twarc
 * writes one per line), single tweets (twarc's flattened v2, v1.1, snscrape), or an array of them.
 * A page is read tweet by tweet and held until its includes are read (a page is at most a few
 * hundred tweets); everything else streams one record at a time.
 */
final class ApiFile {
    static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(JsonFailures.CONSTRAINTS).build();
    /** The API returns at most 500 tweets a page; a "page" far larger is hostile. */
    static final int MAX_PAGE_TWEETS = 20_000;
    static final int MAX_INCLUDES = 100_000;

    private final Tweets tweets;

    ApiFile(Tweets tweets) {
        this.tweets = tweets;
    }

    void read(InputStream in) throws ImportException, IOException {
        try (in; JsonParser p = JSON.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ImportException(ImportException.Category.TRUNCATED, tweets.source(), "byte 0", "the file is empty");
            }
            int index = 0;
            while (t != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_OBJECT) {
                    readRecord(p, "line " + line);
                } else if (t == JsonToken.START_ARRAY) {
                    JsonToken e;
                    while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (e == JsonToken.START_OBJECT) {
                            readRecord(p, "/" + index);
                        } else {
                            p.skipChildren();
                            tweets.context().skipped(tweets.file(), "/" + index, "not a tweet object");
                        }
                        index++;
                    }
                } else {
                    throw new ImportException(ImportException.Category.MALFORMED, tweets.source(),
                            "byte " + p.currentTokenLocation().getByteOffset() + " (line " + line + ")",
                            "expected tweets or API pages (JSON objects), found " + t.asString());
                }
                t = p.nextToken();
            }
        } catch (JsonProcessingException e) {
            throw JsonFailures.translate(e, tweets.source(), offset -> offset);
        } catch (CharConversionException e) {
            throw JsonFailures.encoding(e, tweets.file(), tweets.source());
        }
    }

    private record Pending(Map<String, Object> tweet, int index) {
    }

    /** One object: an API page, or a single tweet in one of the other formats. */
    private void readRecord(JsonParser p, String locator) throws IOException, ImportException {
        List<Pending> data = new ArrayList<>();
        Tweets.Includes includes = new Tweets.Includes();
        Map<String, Object> rest = new LinkedHashMap<>();
        Tree.Budget budget = new Tree.Budget(tweets.source());
        boolean page = false;
        try {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("data") && (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT)) {
                    page = true;
                    readData(p, v, data, locator);
                } else if (key.equals("includes") && v == JsonToken.START_OBJECT) {
                    readIncludes(p, includes, locator);
                } else {
                    rest.put(key, Tree.read(p, v, budget));
                }
            }
        } catch (JsonProcessingException | ImportException | CharConversionException e) {
            // the tweets of a page before the break are kept, joined with whatever includes were read
            if (page) {
                flush(data, includes, locator);
            }
            throw e;
        }
        if (page) {
            flush(data, includes, locator);
        } else {
            single(rest, locator);
        }
    }

    private void readData(JsonParser p, JsonToken v, List<Pending> data, String locator) throws IOException, ImportException {
        if (v == JsonToken.START_OBJECT) {
            data.add(new Pending(Tree.map(Tree.read(p, v, new Tree.Budget(tweets.source()))), 0));
            return;
        }
        int i = 0;
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (e == JsonToken.START_OBJECT) {
                if (data.size() >= MAX_PAGE_TWEETS) {
                    // skipped unread, so memory stays bounded; the rest of the page and the file are still read
                    p.skipChildren();
                    tweets.context().skipped(tweets.file(), locator + " /data/" + i,
                            "the page holds more than " + MAX_PAGE_TWEETS + " tweets (the API returns at most 500); the tweets past that are not read");
                } else {
                    data.add(new Pending(Tree.map(Tree.read(p, e, new Tree.Budget(tweets.source()))), i));
                }
            } else {
                p.skipChildren();
                tweets.context().skipped(tweets.file(), locator + " /data/" + i, "not a tweet object");
            }
            i++;
        }
    }

    private void readIncludes(JsonParser p, Tweets.Includes includes, String locator) throws IOException, ImportException {
        long dropped = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            Map<String, Map<String, Object>> target = switch (key) {
                case "users" -> includes.users;
                case "tweets" -> includes.tweets;
                case "media" -> includes.media;
                case "places" -> includes.places;
                default -> null;
            };
            if (target == null || v != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            String idKey = key.equals("media") ? "media_key" : "id";
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                if (includes.size() >= MAX_INCLUDES) {
                    p.skipChildren();
                    dropped++;
                    continue;
                }
                Map<String, Object> m = Tree.map(Tree.read(p, e, new Tree.Budget(tweets.source())));
                String id = Tree.string(m.get(idKey));
                if (id != null) {
                    target.putIfAbsent(id, m);
                }
            }
        }
        if (dropped > 0) {
            tweets.context().warn(tweets.file(), locator + " /includes", "the page's includes hold more than " + MAX_INCLUDES
                    + " objects; the " + dropped + " past that were not read, so the tweets that name them lack those users, media, places or quoted tweets");
        }
    }

    private void flush(List<Pending> data, Tweets.Includes includes, String locator) {
        for (Pending t : data) {
            tweets.v2(t.tweet(), includes, locator + " /data/" + t.index());
        }
        data.clear();
    }

    /** A record that is not a page: snscrape, an archive-style wrapper, v1.1, or a flattened v2 tweet. */
    private void single(Map<String, Object> r, String locator) {
        String type = Tree.string(r.get("_type"));
        Map<String, Object> wrapped = Tree.map(r.get("tweet"));
        if (type != null && type.endsWith("twitter.Tweet")) {
            tweets.snscrape(r, locator);
        } else if (wrapped != null && !r.containsKey("id") && !r.containsKey("id_str")) {
            tweets.v1(wrapped, null, null, null, locator);
        } else if (r.containsKey("id_str") || r.containsKey("full_text") || Tree.map(r.get("user")) != null) {
            tweets.v1(r, null, null, null, locator);
        } else if (r.containsKey("id") && (r.containsKey("text") || r.containsKey("created_at"))) {
            tweets.v2(r, new Tweets.Includes(), locator);
        } else if (!r.containsKey("meta") && !r.containsKey("errors")) {
            // a page with only meta/errors (every tweet deleted or withheld) has nothing to import
            tweets.context().skipped(tweets.file(), locator, "neither a tweet nor an API page");
        }
    }
}
