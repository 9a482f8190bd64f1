package io.corroborate.analysis.reposts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalUrlTest {
    @Test
    void twitterAndXStatusSpellingsAreOneKey() {
        String key = "x.com/status/1478651234567890";
        assertThat(CanonicalUrl.of("https://twitter.com/someone/status/1478651234567890")).isEqualTo(key);
        assertThat(CanonicalUrl.of("https://x.com/SomeOne/status/1478651234567890?s=20&t=abcDEF")).isEqualTo(key);
        assertThat(CanonicalUrl.of("http://mobile.twitter.com/someone/status/1478651234567890/")).isEqualTo(key);
        assertThat(CanonicalUrl.of("https://twitter.com/i/web/status/1478651234567890")).isEqualTo(key);
        assertThat(CanonicalUrl.of("https://www.twitter.com/someone/status/1478651234567890/video/1")).isEqualTo(key);
    }

    @Test
    void differentTweetsStayDifferent() {
        assertThat(CanonicalUrl.of("https://x.com/a/status/1")).isNotEqualTo(CanonicalUrl.of("https://x.com/a/status/2"));
    }

    @Test
    void youtubeSpellingsAreOneKey() {
        String key = "youtube.com/watch?v=dQw4w9WgXcQ";
        assertThat(CanonicalUrl.of("https://youtu.be/dQw4w9WgXcQ?si=XyZ")).isEqualTo(key);
        assertThat(CanonicalUrl.of("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s")).isEqualTo(key);
        assertThat(CanonicalUrl.of("https://m.youtube.com/watch?v=dQw4w9WgXcQ")).isEqualTo(key);
        assertThat(CanonicalUrl.of("https://youtube.com/shorts/dQw4w9WgXcQ/")).isEqualTo(key);
    }

    @Test
    void youtubeIdsKeepTheirCase() {
        assertThat(CanonicalUrl.of("https://youtu.be/abcDEF")).isNotEqualTo(CanonicalUrl.of("https://youtu.be/ABCdef"));
    }

    @Test
    void telegramWebPreviewAndChannelCaseAreOneKey() {
        assertThat(CanonicalUrl.of("https://t.me/s/AlmatyInfo/4512")).isEqualTo("t.me/almatyinfo/4512");
        assertThat(CanonicalUrl.of("https://t.me/almatyinfo/4512?single")).isEqualTo("t.me/almatyinfo/4512");
        assertThat(CanonicalUrl.of("t.me/almatyinfo/4512/")).isEqualTo("t.me/almatyinfo/4512");
    }

    @Test
    void trackingParametersFragmentsAndTrailingSlashesAreDroppedOthersKeptSorted() {
        assertThat(CanonicalUrl.of("https://www.example.kz/news/2022/01/05/?utm_source=tg&p=12&fbclid=x&a=1#comments"))
                .isEqualTo("example.kz/news/2022/01/05?a=1&p=12");
    }

    @Test
    void nonWebAddressesHaveNoKey() {
        assertThat(CanonicalUrl.of("mailto:someone@example.org")).isNull();
        assertThat(CanonicalUrl.of("  ")).isNull();
        assertThat(CanonicalUrl.of(null)).isNull();
    }
}
