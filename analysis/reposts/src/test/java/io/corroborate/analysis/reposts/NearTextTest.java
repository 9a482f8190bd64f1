package io.corroborate.analysis.reposts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearTextTest {
    @Test
    void caseLinksAndPunctuationDoNotMatter() {
        assertThat(NearText.words("Стрельба на площади Республики, Алматы! https://t.me/x/1"))
                .isEqualTo(NearText.words("стрельба НА площади республики алматы"));
    }

    @Test
    void oneExtraWordInElevenIsStillNearIdentical() {
        var a = NearText.words("shooting at republic square in almaty this evening people are running away");
        var b = NearText.words("shooting at republic square in almaty this evening people are running away now");
        assertThat(NearText.jaccard(a, b)).isGreaterThanOrEqualTo(0.9);
        assertThat(NearText.nearIdentical(a, b)).isTrue();
    }

    @Test
    void twoDifferentWordsInSevenAreNot() {
        var a = NearText.words("soldiers fire at the crowd near residence");
        var b = NearText.words("police fire at the crowd near akimat");
        assertThat(NearText.nearIdentical(a, b)).isFalse();
    }

    @Test
    void shortTextsAreNeverNearIdentical() {
        assertThat(NearText.nearIdentical(NearText.words("Алматы сейчас"), NearText.words("Алматы сейчас"))).isFalse();
    }
}
