package io.corroborate.importer.facebook;

import io.corroborate.spi.LongKeyTable;

/**
 * How many posts of an author have been given an item id for a second so far, in little memory: a
 * 64-bit hash of (author, second) and a count in a {@link LongKeyTable}, 27 to 53 bytes a post
 * instead of a string and boxed count in a hash map (a CrowdTangle export holds millions of rows). Two
 * different (author, second) pairs share a hash with odds near n²/2⁶⁵ (under 10⁻⁶ for five million
 * posts); then the later one gets a {@code :2} it did not need, and ids stay unique all the same.
 */
final class IdUses {
    private final LongKeyTable counts = new LongKeyTable();

    /** Counts one more use of (author, second) and returns the uses so far, this one included (1 for the first). */
    int next(String authorPart, long epochSecond) {
        long key = key(authorPart, epochSecond);
        long n = counts.get(key, 0) + 1;
        counts.put(key, n);
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    long size() {
        return counts.size();
    }

    /**
     * FNV-1a over the author's characters, the second mixed in by an odd multiplier (so one author's
     * seconds never share a key); never 0. The table spreads the bits itself.
     */
    static long key(String authorPart, long epochSecond) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < authorPart.length(); i++) {
            h ^= authorPart.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= epochSecond * 0x9E3779B97F4A7C15L;
        return h == 0 ? 1 : h;
    }
}
