package io.corroborate.spi;

/**
 * A map from non-zero {@code long} keys to {@code long} values in 16 bytes a slot, for importers that
 * must remember something of every record of a file that may hold millions (the ids already given, and
 * where): an open-addressing table with linear probing, kept under 60% full, stored in pages of 256 KiB
 * so that no single array is large (a 30 MB array can fail to find room in a small, fragmented heap
 * while the memory is there). Callers hash what they remember into the key (64 bits: two different
 * things share a key by chance with odds near n²/2⁶⁵). Not thread-safe.
 */
public final class LongKeyTable {
    private static final int PAGE_SLOTS_BITS = 14;
    private static final int PAGE_SLOTS = 1 << PAGE_SLOTS_BITS;
    private static final double MAX_LOAD = 0.6;

    /** Each page holds {@link #PAGE_SLOTS} slots of two longs: the key (0 when empty) and the value. */
    private long[][] pages;
    private long mask;
    private long size;

    public LongKeyTable() {
        allocate(1 << 10);
    }

    /** The value stored for {@code key}, or {@code absent} when there is none. */
    public long get(long key, long absent) {
        long slot = find(requireKey(key));
        long[] page = pages[(int) (slot >>> PAGE_SLOTS_BITS)];
        int at = 2 * (int) (slot & (PAGE_SLOTS - 1));
        return page[at] == 0 ? absent : page[at + 1];
    }

    /** Stores {@code value} for {@code key}, replacing any earlier value. */
    public void put(long key, long value) {
        requireKey(key);
        if (size + 1 > (mask + 1) * MAX_LOAD) {
            grow();
        }
        long slot = find(key);
        long[] page = pages[(int) (slot >>> PAGE_SLOTS_BITS)];
        int at = 2 * (int) (slot & (PAGE_SLOTS - 1));
        if (page[at] == 0) {
            page[at] = key;
            size++;
        }
        page[at + 1] = value;
    }

    /** The number of keys stored. */
    public long size() {
        return size;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private long find(long key) {
        long slot = mix(key) & mask;
        while (true) {
            long k = pages[(int) (slot >>> PAGE_SLOTS_BITS)][2 * (int) (slot & (PAGE_SLOTS - 1))];
            if (k == 0 || k == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[][] old = pages;
        allocate((mask + 1) * 2);
        for (long[] page : old) {
            for (int at = 0; at < page.length; at += 2) {
                if (page[at] != 0) {
                    long slot = find(page[at]);
                    long[] to = pages[(int) (slot >>> PAGE_SLOTS_BITS)];
                    int i = 2 * (int) (slot & (PAGE_SLOTS - 1));
                    to[i] = page[at];
                    to[i + 1] = page[at + 1];
                }
            }
        }
    }

    private void allocate(long slots) {
        int pageSlots = (int) Math.min(slots, PAGE_SLOTS);
        int count = (int) (slots / pageSlots);
        pages = new long[count][];
        for (int i = 0; i < count; i++) {
            pages[i] = new long[2 * pageSlots];
        }
        mask = slots - 1;
    }

    private static long requireKey(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is not a key (it marks an empty slot)");
        }
        return key;
    }

    /** Spreads the key's bits (SplitMix64's finaliser), so keys that differ only in high bits do not crowd. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
