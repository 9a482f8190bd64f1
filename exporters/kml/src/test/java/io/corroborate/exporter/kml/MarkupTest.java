package io.corroborate.exporter.kml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {
    @Test
    void htmlEscapesEveryMarkupCharacter() {
        assertThat(Markup.html("<a href=\"x\" title='y'>&</a>")).isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void xmlKeepsValidTextIncludingSurrogatePairs() {
        String s = "Алматы \uD83D\uDE00 tab\tnew\nline";

        assertThat(Markup.xml(s)).isSameAs(s);
    }

    @Test
    void xmlReplacesControlCharactersAndLoneSurrogates() {
        assertThat(Markup.xml("a\u0000b\u001Fc\uDC00d\uD800")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
        assertThat(Markup.xml("\uFFFE")).isEqualTo("\uFFFD");
    }

    @Test
    void htmlLinesKeepLineBreaks() {
        assertThat(Markup.htmlLines("one\r\ntwo\n<three>")).isEqualTo("one<br>two<br>&lt;three&gt;");
    }
}
