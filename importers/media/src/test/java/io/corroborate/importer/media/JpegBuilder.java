package io.corroborate.importer.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test helper: writes a small baseline JPEG whose APP1 segment holds a real EXIF (TIFF) structure
 * built byte by byte: IFD0 pointing to an Exif IFD and a GPS IFD (EXIF 2.32, big-endian), and
 * optionally an XMP packet in a second APP1 segment.
 */
final class JpegBuilder {
    /** One IFD entry: tag, TIFF type, count, and the value's bytes. */
    record Entry(int tag, int type, int count, byte[] value) {
    }

    static final int BYTE = 1;
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int RATIONAL = 5;

    private final List<Entry> exif = new ArrayList<>();
    private final List<Entry> gps = new ArrayList<>();
    private int width = 64;
    private int height = 48;
    private byte[] xmp;

    static Entry ascii(int tag, String value) {
        byte[] b = (value + "\0").getBytes(StandardCharsets.US_ASCII);
        return new Entry(tag, ASCII, b.length, b);
    }

    static Entry rationals(int tag, long... numeratorDenominator) {
        ByteBuffer b = ByteBuffer.allocate(numeratorDenominator.length * 4);
        for (long v : numeratorDenominator) {
            b.putInt((int) v);
        }
        return new Entry(tag, RATIONAL, numeratorDenominator.length / 2, b.array());
    }

    JpegBuilder exif(Entry e) {
        exif.add(e);
        return this;
    }

    JpegBuilder gps(Entry e) {
        gps.add(e);
        return this;
    }

    /** An XMP packet in its own APP1 segment after the EXIF one, as cameras and editors write it. */
    JpegBuilder xmp(String packet) {
        xmp = packet.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    JpegBuilder size(int w, int h) {
        width = w;
        height = h;
        return this;
    }

    /** DateTimeOriginal (and optionally OffsetTimeOriginal and SubSecTimeOriginal). */
    JpegBuilder original(String dateTime, String offset, String subSec) {
        exif(ascii(0x9003, dateTime));
        if (offset != null) {
            exif(ascii(0x9011, offset));
        }
        if (subSec != null) {
            exif(ascii(0x9291, subSec));
        }
        return this;
    }

    /** A GPS position in degrees/minutes/seconds with references, as cameras write it. */
    JpegBuilder position(String latRef, long latDeg, long latMin, long latSecTimes100, String lonRef, long lonDeg, long lonMin,
                         long lonSecTimes100) {
        gps(new Entry(0x0000, BYTE, 4, new byte[] {2, 3, 0, 0}));
        gps(ascii(0x0001, latRef));
        gps(rationals(0x0002, latDeg, 1, latMin, 1, latSecTimes100, 100));
        gps(ascii(0x0003, lonRef));
        gps(rationals(0x0004, lonDeg, 1, lonMin, 1, lonSecTimes100, 100));
        return this;
    }

    byte[] build() {
        byte[] tiff = tiff();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        segment(out, 0xE1, concat(exifHeader, tiff));
        if (xmp != null) {
            // the XMP namespace URI with its NUL terminator marks an APP1 segment as XMP (XMP spec part 3, 1.1.3)
            segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), xmp));
        }
        // SOF0: 8-bit precision, height, width, one component
        segment(out, 0xC0, new byte[] {8, (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width, 1, 1, 0x11, 0});
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    private byte[] tiff() {
        boolean hasGps = !gps.isEmpty();
        List<Entry> ifd0 = new ArrayList<>();
        ifd0.add(new Entry(0x8769, LONG, 1, new byte[4]));
        if (hasGps) {
            ifd0.add(new Entry(0x8825, LONG, 1, new byte[4]));
        }
        int ifd0Offset = 8;
        int ifd0Size = ifdSize(ifd0);
        int exifOffset = ifd0Offset + ifd0Size;
        int exifSize = ifdSize(exif);
        int gpsOffset = exifOffset + exifSize;
        ifd0.set(0, new Entry(0x8769, LONG, 1, ByteBuffer.allocate(4).putInt(exifOffset).array()));
        if (hasGps) {
            ifd0.set(1, new Entry(0x8825, LONG, 1, ByteBuffer.allocate(4).putInt(gpsOffset).array()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        out.writeBytes(ifd(ifd0, ifd0Offset));
        out.writeBytes(ifd(exif, exifOffset));
        if (hasGps) {
            out.writeBytes(ifd(gps, gpsOffset));
        }
        return out.toByteArray();
    }

    private static int ifdSize(List<Entry> entries) {
        int size = 2 + entries.size() * 12 + 4;
        for (Entry e : entries) {
            if (e.value().length > 4) {
                size += e.value().length + (e.value().length & 1);
            }
        }
        return size;
    }

    /** An IFD at {@code offset} (from the TIFF header): entries sorted by tag, long values after it. */
    private static byte[] ifd(List<Entry> unsorted, int offset) {
        List<Entry> entries = new ArrayList<>(unsorted);
        entries.sort(Comparator.comparingInt(Entry::tag));
        ByteBuffer head = ByteBuffer.allocate(2 + entries.size() * 12 + 4);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int dataOffset = offset + head.capacity();
        head.putShort((short) entries.size());
        for (Entry e : entries) {
            head.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            if (e.value().length <= 4) {
                head.put(java.util.Arrays.copyOf(e.value(), 4));
            } else {
                head.putInt(dataOffset + data.size());
                data.writeBytes(e.value());
                if ((e.value().length & 1) == 1) {
                    data.write(0);
                }
            }
        }
        head.putInt(0);
        return concat(head.array(), data.toByteArray());
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int len = payload.length + 2;
        out.write(len >> 8);
        out.write(len);
        out.writeBytes(payload);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
