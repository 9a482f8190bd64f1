package io.corroborate.importer.csv;

import io.corroborate.spi.LongKeyTable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The item ids already imported in a run, and where each came from, in little memory: the first 64
 * bits of each id's SHA-256 and its file and line in a {@link LongKeyTable}, 27 to 53 bytes a row (a
 * 4CAT export holds millions of rows; the ids and "file line N" strings in a hash map took some 150
 * bytes a row, and 800,000 rows needed a 200 MB heap). Two different ids share 64 bits by chance with
 * odds near n²/2⁶⁵ (about 3·10⁻⁸ for a million rows); the later row would then be skipped as a repeat,
 * naming the earlier one. A crafted sheet gains nothing from that: to hide a row it could as well repeat
 * its id.
 */
final class SeenIds {
    private static final int LINE_BITS = 40;

    private final MessageDigest sha256;
    private final List<String> files = new ArrayList<>();
    private final LongKeyTable where = new LongKeyTable();

    SeenIds() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The index to give {@link #firstAt} for rows of the file named {@code name}. */
    int file(String name) {
        files.add(name);
        return files.size() - 1;
    }

    /**
     * Records {@code id} as imported from {@code file} at {@code line}, unless it was already: then
     * returns where it was first imported ({@code "<file> line N"}) and records nothing.
     */
    String firstAt(String id, int file, long line) {
        byte[] d = sha256.digest(id.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int k = 0; k < 8; k++) {
            h = (h << 8) | (d[k] & 0xFF);
        }
        h = h == 0 ? 1 : h;
        long first = where.get(h, -1);
        if (first >= 0) {
            return files.get((int) (first >>> LINE_BITS)) + " line " + (first & ((1L << LINE_BITS) - 1));
        }
        where.put(h, ((long) file << LINE_BITS) | Math.min(line, (1L << LINE_BITS) - 1));
        return null;
    }

    long size() {
        return where.size();
    }
}
