package io.corroborate.importer.facebook;

/**
 * How many posts of an author have been given an item id for a second so far, in little memory: an
 * open-addressing table of a 64-bit hash of (author, second) and a count; some 20 bytes a post instead
 * of a string and boxed count in a hash map (a CrowdTangle export holds millions of rows). Two different
 * (author, second) pairs share a hash with a chance of about n²/2⁶⁵ (under 10⁻⁶ for five million posts);
 * then the later one gets a {@code :2} it did not need, and ids stay unique all the same.
 */
final class IdUses {
    private static final double MAX_LOAD = 0.6;

    private long[] keys = new long[1 << 10];
    private int[] counts = new int[1 << 10];
    private int size;

    /** Counts one more use of (author, second) and returns the uses so far, this one included (1 for the first). */
    int next(String authorPart, long epochSecond) {
        long key = key(authorPart, epochSecond);
        if (size + 1 > keys.length * MAX_LOAD) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return ++counts[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = 1;
        size++;
        return 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    /** FNV-1a over the author's characters, the second mixed in, then the SplitMix64 finaliser; never 0 (the empty slot). */
    static long key(String authorPart, long epochSecond) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < authorPart.length(); i++) {
            h ^= authorPart.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= epochSecond * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
