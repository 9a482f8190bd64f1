package io.corroborate.exporter.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {
    @Test
    void textEscapesMarkupAndQuotes() {
        assertThat(Html.text("<script>alert(1)</script> & \"x\" 'y'"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;");
    }

    @Test
    void attributeValuesCannotBreakOutOfTheirQuotes() {
        assertThat(Html.attr("\"><img src=x onerror=alert(1)>")).isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Html.attr("' onmouseover='x")).isEqualTo("&#39; onmouseover=&#39;x");
    }

    @Test
    void alreadyEscapedTextIsEscapedAgainSoItReadsAsWritten() {
        assertThat(Html.text("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeTheReplacementCharacter() {
        assertThat(Html.text("a\u0000b\u000Cc\u0085d\uD800e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(Html.text("tab\tnew\nline\r")).isEqualTo("tab\tnew\nline\r");
    }

    @Test
    void supplementaryCharactersSurvive() {
        assertThat(Html.text("Алматы 😀 <")).isEqualTo("Алматы 😀 &lt;");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Html.text(null)).isEmpty();
        assertThat(Html.safeHref(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
            "//evil.example/x", "/relative/path", "https://", "https:///path", "https://user@/x", "https://exa mple.org/",
            "https://example.org/\u0000", "http:\\\\evil.example", "https://:443/"})
    void unsafeOrNonHttpUrlsAreNotLinked(String url) {
        assertThat(Html.safeHref(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://t.me/channel/123", "http://example.org", "HTTPS://EXAMPLE.ORG/A?b=1&c=\"2\"",
            "https://user@example.org:8443/x#frag", "https://www.youtube.com/watch?v=abc"})
    void httpAndHttpsUrlsAreLinked(String url) {
        assertThat(Html.safeHref(url)).isEqualTo(url);
    }

    @Test
    void surroundingWhitespaceIsTrimmedFromLinks() {
        assertThat(Html.safeHref("  https://example.org/x \n")).isEqualTo("https://example.org/x");
    }

    @Test
    void excerptCutsByCodePointsAndCollapsesWhitespace() {
        assertThat(Html.excerpt("  a\n\n b\t c  ", 10)).isEqualTo("a b c");
        assertThat(Html.excerpt("😀😀😀😀", 2)).isEqualTo("😀😀…");
        assertThat(Html.excerpt(null, 3)).isEmpty();
    }
}
