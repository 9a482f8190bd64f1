package io.corroborate.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Writes a Telegram Desktop channel export ({@code result.json}) of a given size, streaming, with the
 * mix a real channel has: plain and entity-array texts in Cyrillic and Latin, videos and photos not
 * exported, forwards, edits, service messages.
 */
public final class TelegramExportGenerator {
    private static final String[] WORDS = {"Алматы", "площадь", "Республики", "стреляют", "люди", "бегут", "акимат",
            "Almaty", "protest", "shots", "fired", "square", "police", "армия", "газ", "светошумовые", "Абай", "Сатпаева"};
    private static final String NOT_INCLUDED = "(File not included. Change data exporting settings to download.)";

    private TelegramExportGenerator() {
    }

    /** Writes at least {@code bytes} bytes of export to {@code file}; returns the number of messages. */
    public static long write(Path file, long bytes, long seed) throws IOException {
        Random r = new Random(seed);
        long epoch = Instant.parse("2022-01-04T12:00:00Z").getEpochSecond();
        long n = 0;
        try (CountingStream counting = new CountingStream(Files.newOutputStream(file));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\n \"name\": \"Almaty Info\",\n \"type\": \"public_channel\",\n \"id\": 1001234567,\n \"messages\": [\n");
            while (true) {
                w.flush();
                if (counting.count >= bytes) {
                    break;
                }
                if (n > 0) {
                    w.write(",\n");
                }
                n++;
                epoch += 1 + r.nextInt(20);
                message(w, r, n, epoch);
            }
            w.write("\n ]\n}\n");
        }
        return n;
    }

    private static void message(BufferedWriter w, Random r, long id, long epoch) throws IOException {
        String local = LocalDateTime.ofEpochSecond(epoch + 6 * 3600, 0, ZoneOffset.UTC).toString();
        if (r.nextInt(50) == 0) {
            w.write("  {\n   \"id\": " + id + ",\n   \"type\": \"service\",\n   \"date\": \"" + local + "\",\n   \"date_unixtime\": \""
                    + epoch + "\",\n   \"actor\": \"Almaty Info\",\n   \"actor_id\": \"channel1001234567\",\n   \"action\": \"pin_message\",\n"
                    + "   \"message_id\": " + (id - 1) + ",\n   \"text\": \"\",\n   \"text_entities\": []\n  }");
            return;
        }
        String text = sentence(r, 6 + r.nextInt(30));
        StringBuilder b = new StringBuilder(1024);
        b.append("  {\n   \"id\": ").append(id).append(",\n   \"type\": \"message\",\n   \"date\": \"").append(local)
                .append("\",\n   \"date_unixtime\": \"").append(epoch).append("\",\n");
        if (r.nextInt(10) == 0) {
            b.append("   \"edited\": \"").append(local).append("\",\n   \"edited_unixtime\": \"").append(epoch + 120).append("\",\n");
        }
        b.append("   \"from\": \"Almaty Info\",\n   \"from_id\": \"channel1001234567\",\n");
        if (r.nextInt(8) == 0) {
            b.append("   \"forwarded_from\": \"Orda.kz\",\n");
        }
        int media = r.nextInt(3);
        if (media == 0) {
            b.append("   \"file\": \"").append(NOT_INCLUDED).append("\",\n   \"thumbnail\": \"").append(NOT_INCLUDED)
                    .append("\",\n   \"media_type\": \"video_file\",\n   \"mime_type\": \"video/mp4\",\n   \"duration_seconds\": ")
                    .append(5 + r.nextInt(120)).append(",\n   \"width\": 720,\n   \"height\": 1280,\n");
        } else if (media == 1) {
            b.append("   \"photo\": \"").append(NOT_INCLUDED).append("\",\n   \"width\": 1280,\n   \"height\": 960,\n");
        }
        if (r.nextBoolean()) {
            b.append("   \"text\": \"").append(text).append("\",\n   \"text_entities\": [\n    {\n     \"type\": \"plain\",\n     \"text\": \"")
                    .append(text).append("\"\n    }\n   ]\n  }");
        } else {
            String url = "https://t.me/almatyinfo/" + id;
            b.append("   \"text\": [\n    \"").append(text).append(" \",\n    {\n     \"type\": \"text_link\",\n     \"text\": \"источник\",\n     \"href\": \"")
                    .append(url).append("\"\n    }\n   ],\n   \"text_entities\": [\n    {\n     \"type\": \"plain\",\n     \"text\": \"").append(text)
                    .append(" \"\n    },\n    {\n     \"type\": \"text_link\",\n     \"text\": \"источник\",\n     \"href\": \"").append(url)
                    .append("\"\n    }\n   ]\n  }");
        }
        w.write(b.toString());
    }

    private static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.append(r.nextInt(4) == 0 ? "\\n#Алматы" : ".").toString();
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(java.io.OutputStream out) {
            super(new java.io.BufferedOutputStream(out, 1 << 16));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
