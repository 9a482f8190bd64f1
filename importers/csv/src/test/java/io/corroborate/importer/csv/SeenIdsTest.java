package io.corroborate.importer.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenIdsTest {
    @Test
    void aRepeatedIdNamesWhereItWasFirstImported() {
        SeenIds seen = new SeenIds();
        int a = seen.file("4cat/almaty.csv");
        int b = seen.file("4cat/orda.csv");

        assertThat(seen.firstAt("telegram:almatyinfo:101", a, 2)).isNull();
        assertThat(seen.firstAt("telegram:almatyinfo:102", a, 3)).isNull();
        assertThat(seen.firstAt("telegram:orda:101", b, 2)).isNull();

        assertThat(seen.firstAt("telegram:almatyinfo:101", b, 9)).isEqualTo("4cat/almaty.csv line 2");
        assertThat(seen.firstAt("telegram:orda:101", b, 10)).isEqualTo("4cat/orda.csv line 2");
        assertThat(seen.size()).isEqualTo(3L);
    }

    @Test
    void keepsEveryIdAndPlaceWhileTheTableGrows() {
        SeenIds seen = new SeenIds();
        int f = seen.file("big.csv");
        for (int i = 0; i < 300_000; i++) {
            assertThat(seen.firstAt("twitter:" + i, f, i + 2L)).isNull();
        }
        for (int i = 0; i < 300_000; i += 1009) {
            assertThat(seen.firstAt("twitter:" + i, f, 1)).isEqualTo("big.csv line " + (i + 2));
        }
        assertThat(seen.size()).isEqualTo(300_000L);
    }
}
