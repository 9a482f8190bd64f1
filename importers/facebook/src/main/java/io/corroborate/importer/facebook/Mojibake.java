package io.corroborate.importer.facebook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the text of Facebook's "Download Your Information" JSON, which writes each UTF-8 byte of a
 * string as its own escape &#92;u00XX, so that "Алматы" arrives as twelve Latin-1 characters ("ÐÐ»Ð¼Ð°ÑÑ"
 * with three C1 control characters among them).
 * Pure function; safe from any thread.
 */
public final class Mojibake {
    private Mojibake() {
    }

    /**
     * Reads the code points of {@code s} as Latin-1 bytes and decodes them as UTF-8. A string that
     * cannot be such mojibake (a code point of 256 or more, or bytes that are not valid UTF-8) is
     * returned unchanged, as is plain ASCII and {@code null}.
     */
    public static String repair(String s) {
        if (s == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return s;
        }
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) s.charAt(i);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
