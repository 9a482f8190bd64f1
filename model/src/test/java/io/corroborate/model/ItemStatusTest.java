package io.corroborate.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStatusTest {
    private static final Place PLACE = new Place(new GeoPoint(43.2, 76.9), 10, null, null);
    private static final TimeWindow BOUNDED = new TimeWindow(Instant.parse("2022-01-05T09:00:00Z"), Instant.parse("2022-01-05T09:10:00Z"));
    private static final TimeWindow HALF_OPEN = new TimeWindow(null, Instant.parse("2022-01-05T09:10:00Z"));

    private static ItemWindow window(TimeWindow w, boolean consistent) {
        return new ItemWindow("x", w, List.of(), List.of(), consistent);
    }

    @Test
    void aBoundedWindowAndAPlaceIsLocatedAndDated() {
        assertThat(ItemStatus.of(window(BOUNDED, true), PLACE).id()).isEqualTo("located-and-dated");
    }

    @Test
    void aBoundedWindowWithoutPlaceIsDated() {
        assertThat(ItemStatus.of(window(BOUNDED, true), null).id()).isEqualTo("dated");
    }

    @Test
    void aPlaceWithAHalfOpenWindowIsOnlyLocated() {
        assertThat(ItemStatus.of(window(HALF_OPEN, true), PLACE).id()).isEqualTo("located");
    }

    @Test
    void neitherIsUnverified() {
        assertThat(ItemStatus.of(null, null).id()).isEqualTo("unverified");
        assertThat(ItemStatus.of(window(HALF_OPEN, true), null).id()).isEqualTo("unverified");
    }

    @Test
    void anInconsistentWindowIsAConflictWhateverElseIsKnown() {
        assertThat(ItemStatus.of(window(BOUNDED, false), PLACE).id()).isEqualTo("conflict");
    }
}
