package io.corroborate.importer.facebook;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdUsesTest {
    @Test
    void countsEachAuthorsSecondApart() {
        IdUses uses = new IdUses();

        assertThat(uses.next("page.almaty", 1641370000)).isEqualTo(1);
        assertThat(uses.next("page.almaty", 1641370000)).isEqualTo(2);
        assertThat(uses.next("page.almaty", 1641370001)).isEqualTo(1);
        assertThat(uses.next("page.orda", 1641370000)).isEqualTo(1);
        assertThat(uses.next("page.almaty", 1641370000)).isEqualTo(3);
        assertThat(uses.size()).isEqualTo(3L);
    }

    @Test
    void keepsEveryCountWhileTheTableGrows() {
        IdUses uses = new IdUses();
        for (int s = 0; s < 200_000; s++) {
            assertThat(uses.next("author", s)).isEqualTo(1);
        }
        for (int s = 0; s < 200_000; s += 997) {
            assertThat(uses.next("author", s)).as("second %d", s).isEqualTo(2);
        }
        assertThat(uses.size()).isEqualTo(200_000L);
    }

    @Test
    void keysOfNearbySecondsAndSimilarAuthorsDiffer() {
        Set<Long> keys = new HashSet<>();
        for (String author : new String[] {"a", "b", "ab", "ba", "", "page.almaty"}) {
            for (long s = -1000; s < 1000; s++) {
                keys.add(IdUses.key(author, s));
            }
        }
        assertThat(keys).hasSize(6 * 2000).doesNotContain(0L);
    }
}
