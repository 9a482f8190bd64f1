package io.corroborate.testing;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A seeded mutation fuzzer for importers, shared by every importer module's tests (the model's
 * test-jar). It damages a valid sample in many small ways (flipped, deleted, duplicated and inserted
 * bytes, structural characters, truncation) and runs the importer on each result, checking the two
 * guarantees of docs/security.md:
 * <ol>
 *   <li>nothing escapes but {@link ImportException} (no {@code RuntimeException}, no
 *       {@code StackOverflowError}, no {@code OutOfMemoryError});</li>
 *   <li>every record of the sample that ends before the first damaged byte is still imported.</li>
 * </ol>
 * Each failure message carries the seed and round, so it can be replayed.
 */
public final class Fuzz {
    /** A record of the sample: the item id it must produce, and the byte offset just after its end. */
    public record Record(String itemId, int endOffset) {
    }

    /**
     * A valid input: its file name relative to a fresh case folder, its bytes, and its records in file
     * order. {@code folderIsSource} passes the case folder instead of the file to the importer (for
     * importers that read a folder layout).
     */
    public record Sample(String relativePath, byte[] bytes, List<Record> records, boolean folderIsSource) {
        public Sample {
            Objects.requireNonNull(relativePath, "relativePath is null");
            Objects.requireNonNull(bytes, "bytes is null");
            records = List.copyOf(records);
        }

        public static Sample of(String relativePath, String text, List<Record> records) {
            return new Sample(relativePath, text.getBytes(StandardCharsets.UTF_8), records, false);
        }

        /**
         * Records found by a marker: for each id, the record ends at the first occurrence of
         * {@code endMarker} after the first occurrence of {@code idMarker(id)}.
         */
        public static Sample withRecordsEndingAt(String relativePath, String text, List<String> itemIds,
                                                 Function<String, String> idMarker, String endMarker) {
            List<Record> records = new ArrayList<>();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (String id : itemIds) {
                String m = idMarker.apply(id);
                int at = text.indexOf(m);
                if (at < 0) {
                    throw new IllegalArgumentException("marker " + m + " not in the sample");
                }
                int end = text.indexOf(endMarker, at + m.length());
                if (end < 0) {
                    throw new IllegalArgumentException("no end marker after " + m);
                }
                int endChars = end + endMarker.length();
                records.add(new Record(id, text.substring(0, endChars).getBytes(StandardCharsets.UTF_8).length));
            }
            return new Sample(relativePath, bytes, records, false);
        }

        public Sample asFolderSource() {
            return new Sample(relativePath, bytes, records, true);
        }
    }

    /** What a fuzz run saw: rounds run, rounds that ended in an {@link ImportException}, items imported. */
    public record Report(int rounds, int importErrors, long items) {
    }

    private static final byte[][] STRUCTURAL = bytes("{", "}", "[", "]", "\"", "\\", ",", ":", "<", ">", "&", "\n",
            "\r", "\0", "\u00ff", "\ufeff", "-", "=", "999999999999999999999999", "\\u", "\uD83D", "\u00e9", "'");

    private final SourceImporter importer;
    private final Function<Path, ImportContext> contexts;

    private Fuzz(SourceImporter importer, Function<Path, ImportContext> contexts) {
        this.importer = importer;
        this.contexts = contexts;
    }

    /** A fuzzer whose importer runs with a plain context: case zone Asia/Almaty, a fixed clock. */
    public static Fuzz of(SourceImporter importer) {
        return new Fuzz(importer, root -> new BasicImportContext(root, ZoneId.of("Asia/Almaty"), null, Map.of(),
                Clock.fixed(Instant.parse("2022-02-01T00:00:00Z"), ZoneOffset.UTC)));
    }

    /** A fuzzer with the caller's context for each fresh case folder (source zone, options). */
    public static Fuzz of(SourceImporter importer, Function<Path, ImportContext> contexts) {
        return new Fuzz(importer, contexts);
    }

    /**
     * Runs {@code rounds} mutations of {@code sample} seeded with {@code seed}, in fresh folders under
     * {@code workDir}, and throws {@link AssertionError} on the first broken guarantee.
     *
     * <p>For a longer campaign than the build's, two system properties change every fuzz test at once:
     * {@code corroborate.fuzz.seed} is mixed into each test's seed (other mutations than the build's),
     * and {@code corroborate.fuzz.times} multiplies the rounds; e.g. {@code mvn -pl importers/telegram
     * test -Dtest='*Fuzz*' -Dcorroborate.fuzz.seed=7 -Dcorroborate.fuzz.times=20}. A failure names the seed
     * actually used.
     */
    public Report run(Sample sample, Path workDir, long seed, int rounds) {
        checkSoundSample(sample, workDir);
        seed = campaignSeed(seed);
        rounds = campaignRounds(rounds);
        Random random = new Random(seed);
        int errors = 0;
        long items = 0;
        for (int round = 0; round < rounds; round++) {
            Mutation m = mutate(sample.bytes(), random);
            Outcome o = runOnce(sample, m.bytes(), workDir.resolve("r" + round), "seed " + seed + " round " + round + " (" + m.what() + ")");
            if (o.error() != null) {
                errors++;
            }
            items += o.ids().size();
            for (Record r : sample.records()) {
                if (r.endOffset() <= m.firstDamage() && !o.ids().contains(r.itemId())) {
                    throw new AssertionError("seed " + seed + " round " + round + " (" + m.what() + "): record " + r.itemId()
                            + " ends at byte " + r.endOffset() + ", before the first damage at byte " + m.firstDamage()
                            + ", but was not imported" + (o.error() == null ? "" : "; the import stopped with: " + o.error().getMessage()));
                }
            }
        }
        return new Report(rounds, errors, items);
    }

    /**
     * The sample as given imports without an error, and so does it without its final line break (most
     * spreadsheet programs and many exporters end a file without one; a reader once failed there).
     */
    private void checkSoundSample(Sample sample, Path workDir) {
        Outcome sound = runOnce(sample, sample.bytes(), workDir.resolve("sound"), "the sample as given");
        if (sound.error() != null) {
            throw new AssertionError("the undamaged sample does not import: " + sound.error().getMessage(), sound.error());
        }
        byte[] b = sample.bytes();
        int end = b.length;
        while (end > 0 && (b[end - 1] == '\n' || b[end - 1] == '\r')) {
            end--;
        }
        if (end < b.length) {
            Outcome bare = runOnce(sample, Arrays.copyOf(b, end), workDir.resolve("no-final-newline"), "the sample without its final line break");
            if (bare.error() != null || !bare.ids().equals(sound.ids())) {
                throw new AssertionError("the sample without its final line break imports differently: "
                        + (bare.error() != null ? bare.error().getMessage() : bare.ids() + " instead of " + sound.ids()), bare.error());
            }
        }
    }

    /** Runs the importer once on {@code bytes} and returns the ids it imported and the import error, if any. */
    public Outcome runOnce(Sample sample, byte[] bytes, Path folder, String label) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(sample.relativePath());
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            ImportContext context = contexts.apply(folder);
            Set<String> ids = new HashSet<>();
            ImportException error = null;
            try {
                importer.read(sample.folderIsSource() ? folder : file, context, (EvidenceItem i) -> ids.add(i.id()));
            } catch (ImportException e) {
                error = e;
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    throw new AssertionError(label + ": import error without a message", e);
                }
            } catch (IOException e) {
                throw new AssertionError(label + ": I/O exception escaped on a readable file: " + e, e);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(label + ": " + e.getClass().getName() + " escaped the importer: " + e.getMessage(), e);
            }
            return new Outcome(ids, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids imported in one run and the import error that stopped it (or {@code null}). */
    public record Outcome(Set<String> ids, ImportException error) {
    }

    private record Mutation(byte[] bytes, int firstDamage, String what) {
    }

    /** One damaged copy of {@code in}: its bytes and what was done (for failure messages). */
    public record Damage(byte[] bytes, String what) {
    }

    /** Damages {@code in} once, in one of the ways {@link #run} uses, for inputs that are not an importer's (a case's sheets). */
    public static Damage damage(byte[] in, Random r) {
        Mutation m = mutate(in, r);
        return new Damage(m.bytes(), m.what());
    }

    /** {@code seed} mixed with {@code corroborate.fuzz.seed}, as {@link #run} does. */
    public static long campaignSeed(long seed) {
        return seed ^ Long.getLong("corroborate.fuzz.seed", 0L) * 0x9E3779B97F4A7C15L;
    }

    /** {@code rounds} times {@code corroborate.fuzz.times}, as {@link #run} does. */
    public static int campaignRounds(int rounds) {
        return rounds * Math.max(1, Integer.getInteger("corroborate.fuzz.times", 1));
    }

    private static Mutation mutate(byte[] in, Random r) {
        int n = in.length;
        int at = n == 0 ? 0 : r.nextInt(n);
        switch (r.nextInt(7)) {
            case 0: { // flip one byte
                byte[] out = in.clone();
                if (n > 0) {
                    out[at] = (byte) (out[at] ^ (1 + r.nextInt(255)));
                }
                return new Mutation(out, at, "flip byte " + at);
            }
            case 1: { // delete a run
                int len = Math.min(n - at, 1 + r.nextInt(16));
                byte[] out = new byte[n - len];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + len, out, at, n - at - len);
                return new Mutation(out, at, "delete " + len + " at " + at);
            }
            case 2: { // duplicate a run
                int len = Math.min(n - at, 1 + r.nextInt(64));
                byte[] out = new byte[n + len];
                System.arraycopy(in, 0, out, 0, at + len);
                System.arraycopy(in, at, out, at + len, n - at);
                return new Mutation(out, at + len, "duplicate " + len + " at " + at);
            }
            case 3: { // insert a structural token
                byte[] tok = STRUCTURAL[r.nextInt(STRUCTURAL.length)];
                return new Mutation(insert(in, at, tok), at, "insert token at " + at);
            }
            case 4: { // insert random bytes
                byte[] junk = new byte[1 + r.nextInt(8)];
                r.nextBytes(junk);
                return new Mutation(insert(in, at, junk), at, "insert " + junk.length + " random bytes at " + at);
            }
            case 5: // truncate
                return new Mutation(Arrays.copyOf(in, at), at, "truncate at " + at);
            default: { // replace a digit run with another number (dates, ids, sizes)
                byte[] out = in.clone();
                int start = at;
                while (start < n && !(out[start] >= '0' && out[start] <= '9')) {
                    start++;
                }
                int p = start;
                while (p < n && out[p] >= '0' && out[p] <= '9') {
                    out[p] = (byte) ('0' + r.nextInt(10));
                    p++;
                }
                return new Mutation(out, start, "rewrite digits at " + start);
            }
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] tok) {
        byte[] out = new byte[in.length + tok.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(tok, 0, out, at, tok.length);
        System.arraycopy(in, at, out, at + tok.length, in.length - at);
        return out;
    }

    private static byte[][] bytes(String... s) {
        byte[][] out = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].getBytes(StandardCharsets.UTF_8);
        }
        // a lone surrogate and a bare 0xFF are invalid UTF-8 on purpose
        out[14] = new byte[] {(byte) 0xff};
        out[20] = new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0xbd};
        return out;
    }
}
