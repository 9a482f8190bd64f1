package io.corroborate.importer.facebook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTest {
    /** What Facebook's export does to a string: each UTF-8 byte becomes one code point. */
    private static String mangled(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void cyrillicIsRepaired() {
        assertThat(Mojibake.repair(mangled("Алматы"))).isEqualTo("Алматы");
    }

    @Test
    void kazakhLettersOutsideRussianAreRepaired() {
        assertThat(Mojibake.repair(mangled("Республика алаңы, 5 қаңтар, Әкімдік, Ермекұлы"))).isEqualTo("Республика алаңы, 5 қаңтар, Әкімдік, Ермекұлы");
    }

    @Test
    void emojiOfFourBytesIsRepaired() {
        assertThat(Mojibake.repair(mangled("Алматы 🇰🇿"))).isEqualTo("Алматы 🇰🇿");
    }

    @Test
    void textWithCodePointsAbove255IsLeftAlone() {
        assertThat(Mojibake.repair("Алматы")).isEqualTo("Алматы");
        assertThat(Mojibake.repair("Ã© and Ж")).isEqualTo("Ã© and Ж");
    }

    @Test
    void latin1TextThatIsNotUtf8IsLeftAlone() {
        assertThat(Mojibake.repair("café")).isEqualTo("café");
        assertThat(Mojibake.repair("Ã")).isEqualTo("Ã");
    }

    @Test
    void encodedSurrogatesAreNotUtf8AndAreLeftAlone() {
        String cesu = new String(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD}, StandardCharsets.ISO_8859_1);

        assertThat(Mojibake.repair(cesu)).isEqualTo(cesu);
    }

    @Test
    void asciiAndNullPassThrough() {
        assertThat(Mojibake.repair("=HYPERLINK(\"x\")")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(Mojibake.repair(null)).isNull();
    }
}
