package io.corroborate.importer.twitter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwitterUrlsTest {
    private static final String ID = "1478656024508026880";

    @Test
    void everyHostAndSchemeFormGivesTheSameCanonicalUrl() {
        String canonical = "https://x.com/almaty_witness/status/" + ID;

        assertThat(TwitterUrls.canonical("https://twitter.com/Almaty_Witness/status/" + ID)).contains(canonical);
        assertThat(TwitterUrls.canonical("http://mobile.twitter.com/almaty_witness/status/" + ID + "?s=20&t=abc")).contains(canonical);
        assertThat(TwitterUrls.canonical("https://www.twitter.com/almaty_witness/statuses/" + ID)).contains(canonical);
        assertThat(TwitterUrls.canonical("x.com/almaty_witness/status/" + ID + "/photo/1")).contains(canonical);
        assertThat(TwitterUrls.canonical("https://m.twitter.com/#!/almaty_witness/status/" + ID)).contains(canonical);
    }

    @Test
    void webStatusFormsHaveNoHandleButTheSameTweetId() {
        assertThat(TwitterUrls.canonical("https://twitter.com/i/web/status/" + ID)).contains("https://x.com/i/web/status/" + ID);
        assertThat(TwitterUrls.canonical("https://x.com/i/status/" + ID)).contains("https://x.com/i/web/status/" + ID);
        assertThat(TwitterUrls.itemId("https://twitter.com/i/web/status/" + ID)).contains("twitter:" + ID);
        assertThat(TwitterUrls.itemId("https://x.com/Almaty_Witness/status/" + ID)).contains("twitter:" + ID);
    }

    @Test
    void urlsThatAreNotTweetsGiveNothing() {
        assertThat(TwitterUrls.canonical("https://x.com/almaty_witness")).isEmpty();
        assertThat(TwitterUrls.canonical("https://example.org/almaty_witness/status/" + ID)).isEmpty();
        assertThat(TwitterUrls.canonical("https://x.com/almaty_witness/status/abc")).isEmpty();
        assertThat(TwitterUrls.canonical("javascript:alert(1)")).isEmpty();
        assertThat(TwitterUrls.canonical(null)).isEmpty();
    }

    @Test
    void statusUrlFallsBackToTheWebFormWithoutAValidHandle() {
        assertThat(TwitterUrls.statusUrl("@Orda_kz", ID)).isEqualTo("https://x.com/orda_kz/status/" + ID);
        assertThat(TwitterUrls.statusUrl(null, ID)).isEqualTo("https://x.com/i/web/status/" + ID);
        assertThat(TwitterUrls.statusUrl("not a handle", ID)).isEqualTo("https://x.com/i/web/status/" + ID);
    }
}
