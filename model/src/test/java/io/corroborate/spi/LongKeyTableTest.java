package io.corroborate.spi;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LongKeyTableTest {
    @Test
    void storesReplacesAndReportsAbsentKeys() {
        LongKeyTable t = new LongKeyTable();
        t.put(42, 7);
        t.put(-5, 0);
        t.put(42, 8);

        assertThat(t.get(42, -1)).isEqualTo(8);
        assertThat(t.get(-5, -1)).isZero();
        assertThat(t.get(43, -1)).isEqualTo(-1);
        assertThat(t.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapAcrossManyPagesOfGrowth() {
        LongKeyTable t = new LongKeyTable();
        Map<Long, Long> expected = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // sequential keys and random ones, as hashes and counters give
            long key = i % 2 == 0 ? i / 2 + 1 : r.nextLong() | 1;
            t.put(key, i);
            expected.put(key, (long) i);
        }
        assertThat(t.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(t.get(k, -1)).as("key %d", k).isEqualTo(v));
        assertThat(t.get(0x7FFF_FFFF_FFFF_FFFEL, -1)).isEqualTo(-1);
    }

    @Test
    void zeroIsNotAKey() {
        assertThatThrownBy(() -> new LongKeyTable().put(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
