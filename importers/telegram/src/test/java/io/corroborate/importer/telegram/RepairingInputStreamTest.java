package io.corroborate.importer.telegram;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RepairingInputStreamTest {
    /** Reads everything with reads of {@code chunk} bytes, so repairs meet buffer boundaries. */
    private static String repaired(String in, int chunk) throws IOException {
        try (InputStream s = new RepairingInputStream(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] b = new byte[chunk];
            int n;
            while ((n = s.read(b, 0, chunk)) >= 0) {
                out.write(b, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHexEscapeInsideAStringBecomesAJsonUnicodeEscapeWhateverTheReadSize() throws IOException {
        String in = "{\"text\": \"a\\x0Cb\"}";
        String expected = "{\"text\": \"a\\u000Cb\"}";

        assertThat(repaired(in, 1)).isEqualTo(expected);
        assertThat(repaired(in, 3)).isEqualTo(expected);
        assertThat(repaired(in, 8192)).isEqualTo(expected);
    }

    @Test
    void anEscapedBackslashFollowedByXIsText() throws IOException {
        String in = "{\"text\": \"C:\\\\x01\"}";

        assertThat(repaired(in, 1)).isEqualTo(in);
    }

    @Test
    void anUnquotedDocumentIdIsQuotedToTheEndOfItsLineKeepingATrailingComma() throws IOException {
        String in = "{\"document_id\": video_files/sticker \"2\".webm,\n \"x\": 1}";

        assertThat(repaired(in, 1)).isEqualTo("{\"document_id\": \"video_files/sticker \\\"2\\\".webm\",\n \"x\": 1}");
    }

    @Test
    void anUnquotedValueOfAnotherKeyIsLeftForTheParserToReject() throws IOException {
        String in = "{\"file\": video_files/a.webm\n}";

        assertThat(repaired(in, 5)).isEqualTo(in);
    }

    @Test
    void offsetsAfterARepairMapBackToTheFile() throws IOException {
        String in = "{\"t\": \"\\x0C\", \"u\": 1}";
        RepairingInputStream s = new RepairingInputStream(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));
        s.readAllBytes();

        // the repaired stream is 2 bytes longer from the escape on: its byte 16 (the quote before u) is the file's byte 14
        assertThat(s.originalOffset(16)).isEqualTo(14);
        assertThat(s.originalOffset(5)).isEqualTo(5);
        assertThat(s.hexEscapes()).isEqualTo(1);
        assertThat(s.firstHexEscapeOffset()).isEqualTo(7);
    }

    @Test
    void rawControlCharactersAreCountedAndPassedThrough() throws IOException {
        String in = "{\"t\": \"a\u000Cb\u0001\"}";
        RepairingInputStream s = new RepairingInputStream(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));

        assertThat(new String(s.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(in);
        assertThat(s.rawControlCharacters()).isEqualTo(2);
        assertThat(s.firstRawControlOffset()).isEqualTo(8);
    }
}
