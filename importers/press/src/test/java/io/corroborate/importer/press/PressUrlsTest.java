package io.corroborate.importer.press;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PressUrlsTest {
    @Test
    void onlyHttpUrlsAreKept() {
        assertThat(PressUrls.httpUrl("https://example.kz/a")).isEqualTo("https://example.kz/a");
        assertThat(PressUrls.httpUrl("javascript:alert(1)")).isNull();
        assertThat(PressUrls.httpUrl("data:text/html,hi")).isNull();
        assertThat(PressUrls.httpUrl("/relative")).isNull();
        assertThat(PressUrls.httpUrl("/a/1", "https://example.kz/news/")).isEqualTo("https://example.kz/a/1");
    }

    @Test
    void keyDropsSchemeWwwTrackingFragmentAndOwnHost() {
        String url = "https://www.example.kz/news/1/?utm_source=rss&id=7&fbclid=x#comments";
        assertThat(PressUrls.urlKey(url, "example.kz", false)).isEqualTo("news/1?id=7");
        assertThat(PressUrls.urlKey(url, "other-outlet", false)).isEqualTo("example.kz/news/1?id=7");
        assertThat(PressUrls.urlKey("https://example.kz/live#post-3", "example.kz", true)).isEqualTo("live#post-3");
        assertThat(PressUrls.urlKey("https://example.kz/", "example.kz", false)).isEqualTo("index");
    }

    @Test
    void unsafeKeysAreHashed() {
        assertThat(PressUrls.guidKey("a guid with spaces")).matches("sha256-[0-9a-f]{16}");
        assertThat(PressUrls.guidKey("tag:example.kz,2022:55")).isEqualTo("tag:example.kz,2022:55");
    }

    @Test
    void slugKeepsLettersOfAnyScript() {
        assertThat(PressUrls.slug("Radio Azattyq / RFE")).isEqualTo("radio-azattyq-rfe");
        assertThat(PressUrls.slug("Азаттык")).isEqualTo("азаттык");
    }
}
