package io.corroborate.spi;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictUtf8ReaderTest {
    private static String readAll(Reader r) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[777];
        for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    @Test
    void multiByteCharactersAcrossReadBoundariesAreDecodedWhole() throws IOException {
        String text = ("x".repeat(8191) + "Ж€😀").repeat(5);

        String back = readAll(new StrictUtf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE));

        assertThat(back).isEqualTo(text);
    }

    @Test
    void readingAgainAfterTheEndIsTheEndAgain() throws IOException {
        // commons-csv reads once more after -1 when a sheet ends without a line break; the decoder may not run after its flush
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream("id,kind".getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);
        char[] buf = new char[16];

        assertThat(r.read(buf, 0, 16)).isEqualTo(7);
        assertThat(r.read(buf, 0, 16)).isEqualTo(-1);
        assertThat(r.read(buf, 0, 16)).isEqualTo(-1);
        assertThat(r.read()).isEqualTo(-1);
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedButNotALaterOne() throws IOException {
        byte[] bytes = "\uFEFFid\uFEFF".getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(new StrictUtf8Reader(new ByteArrayInputStream(bytes), Long.MAX_VALUE))).isEqualTo("id\uFEFF");
    }

    @Test
    void invalidBytesAfterTheFirstBufferAreReportedWithTheirOffsetAndLine() throws IOException {
        byte[] good = ("a\n".repeat(6000)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes), Long.MAX_VALUE);

        StringBuilder before = new StringBuilder();
        assertThatThrownBy(() -> {
            char[] buf = new char[100];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                before.append(buf, 0, n);
            }
        }).isInstanceOfSatisfying(StrictUtf8Reader.EncodingError.class, e -> {
            assertThat(e.byteOffset()).isEqualTo(12_000L);
            assertThat(e.line()).isEqualTo(6001L);
        });
        assertThat(before.toString()).isEqualTo("a\n".repeat(6000));
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsAnEncodingError() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> readAll(new StrictUtf8Reader(new ByteArrayInputStream(bytes), Long.MAX_VALUE)))
                .isInstanceOfSatisfying(StrictUtf8Reader.EncodingError.class, e -> assertThat(e.byteOffset()).isEqualTo(2L));
    }

    @Test
    void moreCharactersThanTheLimitWithoutARecordEndIsTooLong() {
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream("y".repeat(10_000).getBytes(StandardCharsets.UTF_8)), 5_000);

        assertThatThrownBy(() -> readAll(r)).isInstanceOf(StrictUtf8Reader.TooLong.class);
    }

    @Test
    void inYamlModeAControlCharacterStopsTheTextJustBeforeIt() {
        byte[] bytes = "ok\nstill ok\u0007bad".getBytes(StandardCharsets.UTF_8);
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes), Long.MAX_VALUE, true);
        StringBuilder before = new StringBuilder();

        assertThatThrownBy(() -> {
            char[] buf = new char[100];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                before.append(buf, 0, n);
            }
        }).isInstanceOfSatisfying(StrictUtf8Reader.NotPrintable.class, e -> {
            assertThat(e.byteOffset()).isEqualTo(11L);
            assertThat(e.line()).isEqualTo(2L);
        });
        assertThat(before.toString()).isEqualTo("ok\nstill ok");
    }

    @Test
    void aLineOverTheLineLimitIsDeliveredUpToTheLimitThenRefused() {
        byte[] bytes = ("short\n" + "z".repeat(20_000) + "\nnever reached").getBytes(StandardCharsets.UTF_8);
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes), Long.MAX_VALUE, true, 10_000);
        StringBuilder before = new StringBuilder();

        assertThatThrownBy(() -> {
            char[] buf = new char[3_000];
            for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
                before.append(buf, 0, n);
            }
        }).isInstanceOfSatisfying(StrictUtf8Reader.LineTooLong.class, e -> {
            assertThat(e.line()).isEqualTo(2L);
            assertThat(e.limit()).isEqualTo(10_000L);
        });
        assertThat(before.toString()).isEqualTo("short\n" + "z".repeat(10_000));
    }

    @Test
    void linesUpToTheLimitAreReadWhole() throws IOException {
        String text = ("a".repeat(10_000) + "\n").repeat(3);
        StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE, false, 10_000);

        assertThat(readAll(r)).isEqualTo(text);
    }
}
