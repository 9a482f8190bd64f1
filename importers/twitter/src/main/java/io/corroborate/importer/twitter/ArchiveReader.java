package io.corroborate.importer.twitter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an account archive's tweets: {@code tweets.js} (older {@code tweet.js}, large ones split into
 * {@code tweets-part1.js}…), JavaScript files whose payload follows {@code window.YTD.<name>.partN =}.
 * {@code account.js} names the account; {@code tweets_media/} (older {@code tweet_media/}) holds the
 * media files, named {@code <tweet id>-<name>}.
 */
final class ArchiveReader {
    private static final int PREFIX_WINDOW = 4096;
    private static final byte[] YTD = "window.YTD.".getBytes(StandardCharsets.US_ASCII);

    private final Path dataDir;
    private final List<Path> tweetFiles;
    private final ImportContext context;
    private final Consumer<EvidenceItem> sink;
    private final String usernameOption;

    ArchiveReader(Path dataDir, List<Path> tweetFiles, ImportContext context, Consumer<EvidenceItem> sink, String usernameOption) {
        this.dataDir = dataDir;
        this.tweetFiles = tweetFiles;
        this.context = context;
        this.sink = sink;
        this.usernameOption = usernameOption;
    }

    void read() throws ImportException, IOException {
        Path accountFile = dataDir.resolve("account.js");
        String[] account = Files.isRegularFile(accountFile) ? readAccount(accountFile) : null;
        String handle = account != null && account[0] != null ? account[0] : usernameOption;
        Author author = account == null || (account[1] == null && account[2] == null) ? null : new Author(account[1], account[2]);
        Map<String, List<String>> mediaByTweet = new HashMap<>();
        Path mediaDir = MediaFiles.index(dataDir, mediaByTweet);
        ImportException first = null;
        for (Path f : tweetFiles) {
            try {
                readTweets(f, author, handle, mediaDir, mediaByTweet);
            } catch (ImportException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** {handle, account id, display name} from account.js; null (with a warning) when it cannot be read. */
    private String[] readAccount(Path file) throws IOException {
        String[] result = new String[3];
        try (Payload payload = Payload.open(file, context); JsonParser p = ApiFile.JSON.createParser(payload.stream)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                context.warn(file, "/", "account.js does not hold an array; the account is unknown");
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                Object o = Tree.read(p, t, new Tree.Budget(context.sourceName(file)));
                Map<String, Object> a = Tree.mapAt(o, "account");
                if (a != null) {
                    result[0] = Tree.string(a.get("username"));
                    result[1] = Tree.id(a.get("accountId"));
                    result[2] = Tree.string(a.get("accountDisplayName"));
                }
            }
            return result;
        } catch (ImportException | JsonProcessingException | CharConversionException e) {
            context.warn(file, "/", "account.js cannot be read (" + e.getMessage() + "); the account is unknown");
            return null;
        }
    }

    private void readTweets(Path file, Author author, String handle, Path mediaDir, Map<String, List<String>> mediaByTweet)
            throws ImportException, IOException {
        Tweets tweets = new Tweets(file, context, sink);
        MediaFiles media = mediaDir == null ? null : new MediaFiles(mediaDir, tweets, mediaByTweet);
        Payload payload;
        try {
            payload = Payload.open(file, context);
        } catch (CharConversionException e) {
            throw JsonFailures.encoding(e, tweets.file(), tweets.source());
        }
        try (payload; JsonParser p = ApiFile.JSON.createParser(payload.stream)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new ImportException(ImportException.Category.MALFORMED, tweets.source(), "byte " + payload.offset,
                        "the archive file's payload is not an array of tweets");
            }
            int i = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                String locator = "/" + i;
                if (t == JsonToken.START_OBJECT) {
                    Map<String, Object> item = Tree.map(Tree.read(p, t, new Tree.Budget(tweets.source())));
                    Map<String, Object> tweet = Tree.map(item.get("tweet"));
                    tweets.v1(tweet != null ? tweet : item, author, handle, media, locator);
                } else {
                    p.skipChildren();
                    context.skipped(file, locator, "not a tweet object");
                }
                i++;
            }
            // what follows the array (nothing, or a stray ";") is not read: the payload is complete
        } catch (JsonProcessingException e) {
            throw JsonFailures.translate(e, tweets.source(), offset -> offset + payload.offset);
        } catch (CharConversionException e) {
            throw JsonFailures.encoding(e, tweets.file(), tweets.source());
        }
    }

    /** The JSON after an archive file's {@code window.YTD.<name>.partN =} prefix, and where it starts in the file. */
    static final class Payload implements AutoCloseable {
        final InputStream stream;
        final long offset;

        private Payload(InputStream stream, long offset) {
            this.stream = stream;
            this.offset = offset;
        }

        /**
         * Up to {@link #PREFIX_WINDOW} bytes; stops early at invalid UTF-8, which the checking stream raises
         * again on the next read, so the parser still gets every clean byte before it.
         */
        private static byte[] readHead(InputStream in) throws IOException {
            byte[] buf = new byte[PREFIX_WINDOW];
            int n = 0;
            try {
                while (n < buf.length) {
                    int r = in.read(buf, n, buf.length - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
            } catch (CharConversionException e) {
                // raised again by the next read of the stream, after the bytes kept here
            }
            return java.util.Arrays.copyOf(buf, n);
        }

        static Payload open(Path file, ImportContext context) throws ImportException, IOException {
            String source = context.sourceName(file);
            InputStream in = TwitterImporter.open(file, context);
            boolean done = false;
            try {
                byte[] head = readHead(in);
                int i = 0;
                if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                    i = 3;
                }
                while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
                    i++;
                }
                int start;
                if (startsWith(head, i, YTD)) {
                    int eq = i;
                    while (eq < head.length && head[eq] != '=' && head[eq] != '\n') {
                        eq++;
                    }
                    if (eq >= head.length || head[eq] != '=') {
                        throw new ImportException(ImportException.Category.MALFORMED, source, "byte " + i,
                                "the window.YTD prefix has no '='");
                    }
                    start = eq + 1;
                } else if (i < head.length && (head[i] == '[' || head[i] == '{')) {
                    start = i;
                } else if (i >= head.length) {
                    throw new ImportException(ImportException.Category.TRUNCATED, source, "byte " + head.length, "the file is empty");
                } else {
                    throw new ImportException(ImportException.Category.MALFORMED, source, "byte " + i,
                            "not a Twitter archive data file (it starts with neither window.YTD.… = nor JSON)");
                }
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, start, head.length - start), in);
                done = true;
                return new Payload(rest, start);
            } finally {
                if (!done) {
                    in.close();
                }
            }
        }

        private static boolean startsWith(byte[] b, int at, byte[] prefix) {
            if (b.length - at < prefix.length) {
                return false;
            }
            for (int k = 0; k < prefix.length; k++) {
                if (b[at + k] != prefix[k]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /** The archive's media folder, indexed by the tweet id its file names start with. */
    static final class MediaFiles implements Tweets.ArchiveMedia {
        private final Path dir;
        private final Tweets tweets;
        private final Map<String, List<String>> byTweet;

        MediaFiles(Path dir, Tweets tweets, Map<String, List<String>> byTweet) {
            this.dir = dir;
            this.tweets = tweets;
            this.byTweet = byTweet;
        }

        /** Fills {@code byTweet} from the archive's media folder and returns the folder, or null when there is none. */
        static Path index(Path dataDir, Map<String, List<String>> byTweet) throws IOException {
            for (String name : new String[] {"tweets_media", "tweet_media"}) {
                Path dir = dataDir.resolve(name);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path f : files) {
                        String file = f.getFileName().toString();
                        int dash = file.indexOf('-');
                        String id = dash > 0 ? Tree.id(file.substring(0, dash)) : null;
                        if (id != null) {
                            byTweet.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
                        }
                    }
                }
                byTweet.values().forEach(l -> l.sort(String::compareTo));
                return dir;
            }
            return null;
        }

        @Override
        public void attach(String id, List<MediaRef> media, String locator) {
            List<String> files = byTweet.get(id);
            List<String> left = files == null ? new ArrayList<>() : new ArrayList<>(files);
            boolean[] done = new boolean[media.size()];
            // first the file named after the media's own URL, then the rest in name order
            for (int i = 0; i < media.size(); i++) {
                String url = media.get(i).url();
                String expected = url == null ? null : id + "-" + basename(url);
                if (expected != null && left.remove(expected)) {
                    media.set(i, local(media.get(i), expected, locator));
                    done[i] = true;
                }
            }
            for (int i = 0; i < media.size(); i++) {
                if (!done[i] && !left.isEmpty()) {
                    media.set(i, local(media.get(i), left.remove(0), locator));
                    done[i] = true;
                }
            }
            for (String extra : left) {
                media.add(local(MediaRef.of(typeByName(extra)), extra, locator));
            }
            for (int i = 0; i < done.length; i++) {
                if (!done[i]) {
                    tweets.context().warn(tweets.file(), locator, "tweet " + id + ": media " + (i + 1) + " has no file in "
                            + dir.getFileName() + "/ (named " + id + "-…)");
                }
            }
        }

        private MediaRef local(MediaRef r, String name, String locator) {
            ImportContext context = tweets.context();
            Path path;
            try {
                path = context.resolveInside(dir, name, tweets.file(), locator);
            } catch (ImportException e) {
                context.warn(tweets.file(), locator, "media file refused, the item is kept without it: " + e.getMessage());
                return r.withExported(true);
            }
            if (!Files.isRegularFile(path)) {
                return r.withExported(true);
            }
            MediaRef out = r.withPath(context.sourceName(path)).withExported(true);
            try {
                return out.withSha256(Hashes.sha256(path)).withSizeBytes(Files.size(path));
            } catch (IOException e) {
                context.warn(tweets.file(), locator, "media file " + name + " could not be read for its sha256: " + e.getMessage());
                return out;
            }
        }

        private static String basename(String url) {
            String u = url;
            int q = u.indexOf('?');
            if (q >= 0) {
                u = u.substring(0, q);
            }
            return u.substring(u.lastIndexOf('/') + 1);
        }

        private static String typeByName(String name) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".mp4") || n.endsWith(".mov")) {
                return "video";
            }
            if (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".webp")) {
                return "photo";
            }
            return "media";
        }
    }
}
