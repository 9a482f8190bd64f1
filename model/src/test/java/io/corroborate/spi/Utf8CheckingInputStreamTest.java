package io.corroborate.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Utf8CheckingInputStreamTest {
    @Test
    void wellFormedTextPassesUnchanged() throws IOException {
        byte[] text = "Алматы · Республика алаңы · 🇰🇿".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(drain(new Utf8CheckingInputStream(new ByteArrayInputStream(text)), new ByteArrayOutputStream())).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c0af", "e080af", "eda0bd", "f4908080", "80", "c3", "e282"})
    void malformedSequencesAreReportedAtTheirOffsetAfterTheCleanPrefix(String hex) {
        byte[] bad = HexFormat.of().parseHex("41424344" + hex + "45");
        ByteArrayOutputStream clean = new ByteArrayOutputStream();

        MalformedUtf8Exception e = catchThrowableOfType(MalformedUtf8Exception.class,
                () -> drain(new Utf8CheckingInputStream(new ByteArrayInputStream(bad)), clean));

        // the error names where the broken character starts; everything before it was handed out, nothing after
        // the breaking byte (a character begun in an earlier read may have been handed out in part)
        assertThat(e.byteOffset()).isEqualTo(4L);
        assertThat(clean.toByteArray()).startsWith('A', 'B', 'C', 'D').hasSizeLessThanOrEqualTo(4 + hex.length() / 2);
        assertThat(bad).startsWith(clean.toByteArray());
    }

    @Test
    void sequenceCutAtTheEndOfTheFileIsReported() {
        byte[] cut = HexFormat.of().parseHex("41d0");

        MalformedUtf8Exception e = catchThrowableOfType(MalformedUtf8Exception.class,
                () -> drain(new Utf8CheckingInputStream(new ByteArrayInputStream(cut)), new ByteArrayOutputStream()));

        assertThat(e.byteOffset()).isEqualTo(1L);
    }

    private static byte[] drain(InputStream in, ByteArrayOutputStream out) throws IOException {
        byte[] buf = new byte[3];
        int n;
        while ((n = in.read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
