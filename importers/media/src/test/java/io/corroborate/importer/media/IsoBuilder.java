package io.corroborate.importer.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: writes MP4 / QuickTime files atom by atom (ISO/IEC 14496-12, QuickTime File Format):
 * {@code ftyp}, {@code moov/mvhd}, one video {@code trak}, {@code udta/©xyz}, Apple's
 * {@code meta/hdlr(mdta)/keys/ilst}, and an {@code mdat}.
 */
final class IsoBuilder {
    private static final long SECONDS_1904_TO_1970 = 2_082_844_800L;

    private String brand = "isom";
    private Instant created;
    private Duration duration = Duration.ofSeconds(12);
    private int width = 1920;
    private int height = 1080;
    private String xyz;
    private final Map<String, String> keys = new java.util.LinkedHashMap<>();
    private int sampleDescriptions = 1;

    IsoBuilder quickTime() {
        brand = "qt  ";
        return this;
    }

    IsoBuilder created(Instant t) {
        created = t;
        return this;
    }

    IsoBuilder duration(Duration d) {
        duration = d;
        return this;
    }

    IsoBuilder size(int w, int h) {
        width = w;
        height = h;
        return this;
    }

    /** A {@code ©xyz} user-data location, ISO 6709. */
    IsoBuilder xyz(String iso6709) {
        xyz = iso6709;
        return this;
    }

    /** The entry count the video track's {@code stsd} claims (one entry is written whatever it says). */
    IsoBuilder sampleDescriptionCount(int count) {
        sampleDescriptions = count;
        return this;
    }

    /** An Apple metadata key ({@code com.apple.quicktime.*}) with a UTF-8 value. */
    IsoBuilder key(String key, String value) {
        keys.put(key, value);
        return this;
    }

    byte[] build() {
        List<byte[]> moov = new ArrayList<>();
        moov.add(mvhd());
        moov.add(trak());
        if (xyz != null) {
            byte[] s = xyz.getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(4 + s.length).putShort((short) s.length).putShort((short) 0x15c7).put(s);
            moov.add(box("udta", box("\u00a9xyz", b.array())));
        }
        if (!keys.isEmpty()) {
            moov.add(appleMeta());
        }
        String compatible = brand.equals("qt  ") ? "qt  " : "isommp42";
        byte[] ftyp = box("ftyp", JpegBuilder.concat(ascii(brand), ByteBuffer.allocate(4).putInt(0x200).array(), ascii(compatible)));
        return JpegBuilder.concat(ftyp, box("moov", moov.toArray(new byte[0][])), box("mdat", new byte[32]));
    }

    private byte[] mvhd() {
        long t = created == null ? 0 : created.getEpochSecond() + SECONDS_1904_TO_1970;
        ByteBuffer b = ByteBuffer.allocate(100);
        b.putInt(0).putInt((int) t).putInt((int) t).putInt(1000).putInt((int) duration.toMillis());
        b.putInt(0x00010000).putShort((short) 0x0100).put(new byte[10]);
        putMatrix(b);
        b.put(new byte[24]).putInt(2);
        return box("mvhd", b.array());
    }

    private byte[] trak() {
        long t = created == null ? 0 : created.getEpochSecond() + SECONDS_1904_TO_1970;
        ByteBuffer tkhd = ByteBuffer.allocate(84);
        tkhd.putInt(0x0000000f).putInt((int) t).putInt((int) t).putInt(1).putInt(0).putInt((int) duration.toMillis());
        tkhd.put(new byte[8]).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        putMatrix(tkhd);
        tkhd.putInt(width << 16).putInt(height << 16);
        ByteBuffer mdhd = ByteBuffer.allocate(24);
        mdhd.putInt(0).putInt((int) t).putInt((int) t).putInt(600).putInt((int) (duration.toMillis() * 600 / 1000)).putShort((short) 0x55c4).putShort((short) 0);
        byte[] hdlr = box("hdlr", JpegBuilder.concat(new byte[4], ascii("mhlr"), ascii("vide"), new byte[12], new byte[1]));
        ByteBuffer vmhd = ByteBuffer.allocate(12).putInt(1);
        ByteBuffer entry = ByteBuffer.allocate(78);
        entry.put(new byte[6]).putShort((short) 1).put(new byte[16]).putShort((short) width).putShort((short) height)
                .putInt(0x00480000).putInt(0x00480000).putInt(0).putShort((short) 1).put(new byte[32]).putShort((short) 24).putShort((short) -1);
        byte[] stsd = box("stsd", JpegBuilder.concat(ByteBuffer.allocate(8).putInt(0).putInt(sampleDescriptions).array(), box("avc1", entry.array())));
        byte[] stbl = box("stbl", stsd);
        byte[] minf = box("minf", box("vmhd", vmhd.array()), stbl);
        return box("trak", box("tkhd", tkhd.array()), box("mdia", box("mdhd", mdhd.array()), hdlr, minf));
    }

    private byte[] appleMeta() {
        byte[] hdlr = box("hdlr", JpegBuilder.concat(new byte[4], new byte[4], ascii("mdta"), new byte[12], new byte[1]));
        ByteArrayOutputStream keyEntries = new ByteArrayOutputStream();
        ByteArrayOutputStream items = new ByteArrayOutputStream();
        int index = 1;
        for (Map.Entry<String, String> k : keys.entrySet()) {
            byte[] name = k.getKey().getBytes(StandardCharsets.UTF_8);
            keyEntries.writeBytes(ByteBuffer.allocate(8 + name.length).putInt(8 + name.length).put(ascii("mdta")).put(name).array());
            byte[] value = k.getValue().getBytes(StandardCharsets.UTF_8);
            byte[] data = box("data", JpegBuilder.concat(ByteBuffer.allocate(8).putInt(1).putInt(0).array(), value));
            items.writeBytes(box(ByteBuffer.allocate(4).putInt(index++).array(), data));
        }
        byte[] keysBox = box("keys", JpegBuilder.concat(ByteBuffer.allocate(8).putInt(0).putInt(keys.size()).array(), keyEntries.toByteArray()));
        return box("meta", hdlr, keysBox, box("ilst", items.toByteArray()));
    }

    private static void putMatrix(ByteBuffer b) {
        b.putInt(0x00010000).putInt(0).putInt(0).putInt(0).putInt(0x00010000).putInt(0).putInt(0).putInt(0).putInt(0x40000000);
    }

    static byte[] box(String type, byte[]... payload) {
        return box(type.getBytes(StandardCharsets.ISO_8859_1), payload);
    }

    static byte[] box(byte[] type, byte[]... payload) {
        byte[] body = JpegBuilder.concat(payload);
        return JpegBuilder.concat(ByteBuffer.allocate(8).putInt(8 + body.length).put(type).array(), body);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
