package io.corroborate.importer.media;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bounded walk over the boxes (atoms) of an ISO base media file (MP4, MOV, 3GP, HEIF). It does two
 * things metadata-extractor cannot be trusted with on hostile input:
 * <ul>
 *   <li>it checks that every box fits inside its parent and the file before the library, which reads
 *       whole boxes into memory, is allowed near the file;</li>
 *   <li>it reads the two location/time sources that metadata-extractor 2.19 reads only for one
 *       brand each: the {@code ©xyz} user-data atom (read by the library for MP4 brands only) and
 *       Apple's {@code mdta} keys (read for QuickTime brands only).</li>
 * </ul>
 * It reads small boxes only, never more than {@link #MAX_LEAF} bytes at a time.
 */
final class IsoBoxes {
    static final int MAX_LEAF = 1 << 20;
    static final int MAX_BOXES = 100_000;
    static final int MAX_DEPTH = 16;
    /** Boxes the library reads whole live in {@code moov}; a larger one is not handed to it. */
    static final long MAX_MOOV = 256L << 20;
    private static final Set<String> SKIPPED = Set.of("mdat", "free", "skip", "wide");

    /** What the walk found: structural problems (empty when sound), the {@code ©xyz} string and Apple keys. */
    record Scan(List<String> problems, String xyz, Map<String, String> appleKeys, boolean safeForLibrary) {
        Scan {
            problems = List.copyOf(problems);
            appleKeys = Map.copyOf(appleKeys);
        }
    }

    private final SeekableByteChannel channel;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private List<String> keyNames = List.of();
    private String xyz;
    private int boxes;
    private boolean safe = true;

    private IsoBoxes(SeekableByteChannel channel) {
        this.channel = channel;
    }

    /** Whether the file starts like an ISO base media file ({@code ftyp} first, or a bare {@code moov}/{@code mdat}). */
    static boolean looksIso(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        String type = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        return type.equals("ftyp") || type.equals("moov") || type.equals("mdat") || type.equals("wide") || type.equals("free");
    }

    /** Walks {@code file}; opens and closes its channel. */
    static Scan scan(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            IsoBoxes walker = new IsoBoxes(ch);
            walker.walk(0, ch.size(), 0, "");
            return new Scan(walker.problems, walker.xyz, walker.keys, walker.safe);
        }
    }

    private boolean walk(long start, long end, int depth, String path) throws IOException {
        long pos = start;
        String metaHandler = null;
        while (end - pos >= 8) {
            if (++boxes > MAX_BOXES) {
                fail("more than " + MAX_BOXES + " boxes", true);
                return false;
            }
            ByteBuffer h = read(pos, 8);
            long size = h.getInt(0) & 0xffffffffL;
            String type = new String(h.array(), 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                if (end - pos < 16) {
                    fail("box '" + printable(type) + "' at byte " + pos + " is cut before its 64-bit size", depth > 0);
                    return false;
                }
                size = read(pos + 8, 8).getLong(0);
                header = 16;
            } else if (size == 0) {
                size = end - pos; // "to the end of the file"
            }
            if (size < header || size > end - pos) {
                // the library skips media data without reading it, but reads metadata boxes whole
                boolean skippedByLibrary = depth == 0 && SKIPPED.contains(type);
                fail("box '" + printable(type) + "' at byte " + pos + " claims " + size + " bytes but only " + (end - pos)
                        + " remain in " + (path.isEmpty() ? "the file" : "'" + printable(path) + "'"), !skippedByLibrary);
                return false;
            }
            String here = path.isEmpty() ? type : path + "/" + type;
            long body = pos + header;
            long bodyEnd = pos + size;
            if (here.equals("moov") && size > MAX_MOOV) {
                safe = false;
                problems.add("movie box of " + size + " bytes is larger than " + MAX_MOOV + "; metadata not read by the library");
            }
            if (depth < MAX_DEPTH) {
                if (isContainer(here)) {
                    long childStart = body;
                    if (type.equals("meta") && fullBoxMeta(body, bodyEnd)) {
                        childStart += 4;
                    }
                    if (!walk(childStart, bodyEnd, depth + 1, here)) {
                        return false;
                    }
                } else if (here.equals("moov/udta/\u00a9xyz")) {
                    xyz = userDataString(body, bodyEnd);
                } else if (here.equals("moov/meta/hdlr")) {
                    metaHandler = handler(body, bodyEnd);
                } else if (here.equals("moov/meta/keys")) {
                    readKeys(body, bodyEnd);
                } else if (path.startsWith("moov/meta/ilst/") && type.equals("data")) {
                    readValue(path.substring("moov/meta/ilst/".length()), body, bodyEnd);
                }
            }
            pos = bodyEnd;
        }
        if (metaHandler != null && !metaHandler.equals("mdta")) {
            keys.clear(); // iTunes-style 'mdir' lists are not Apple keys
        }
        if (end > pos && depth == 0) {
            problems.add((end - pos) + " stray bytes at the end of the file");
        }
        return true;
    }

    private static boolean isContainer(String path) {
        return switch (path) {
            case "moov", "moov/udta", "moov/meta", "moov/meta/ilst", "moov/trak", "moov/trak/udta", "moov/trak/meta",
                 "moov/trak/mdia", "moov/trak/mdia/minf", "moov/trak/mdia/minf/stbl" -> true;
            default -> path.startsWith("moov/meta/ilst/") && path.chars().filter(c -> c == '/').count() == 3;
        };
    }

    /** ISO 'meta' is a full box (4 bytes of version and flags); QuickTime's is not. */
    private boolean fullBoxMeta(long body, long end) throws IOException {
        if (end - body < 12) {
            return false;
        }
        ByteBuffer b = read(body, 12);
        String atFour = new String(b.array(), 4, 4, StandardCharsets.ISO_8859_1);
        String atEight = new String(b.array(), 8, 4, StandardCharsets.ISO_8859_1);
        return !atFour.equals("hdlr") && atEight.equals("hdlr");
    }

    private String userDataString(long body, long end) throws IOException {
        ByteBuffer b = leaf(body, end);
        if (b == null || b.remaining() < 4) {
            return null;
        }
        int len = b.getShort() & 0xffff;
        b.getShort(); // language code
        if (len > b.remaining()) {
            problems.add("\u00a9xyz text runs past its box");
            return null;
        }
        return utf8(b, len);
    }

    private String handler(long body, long end) throws IOException {
        ByteBuffer b = leaf(body, end);
        if (b == null || b.remaining() < 12) {
            return null;
        }
        return new String(b.array(), 8, 4, StandardCharsets.ISO_8859_1);
    }

    private void readKeys(long body, long end) throws IOException {
        ByteBuffer b = leaf(body, end);
        if (b == null || b.remaining() < 8) {
            return;
        }
        b.getInt(); // version and flags
        long count = b.getInt() & 0xffffffffL;
        List<String> names = new ArrayList<>();
        for (long i = 0; i < count && b.remaining() >= 8; i++) {
            int size = b.getInt();
            if (size < 8 || size - 8 > b.remaining() + 4) {
                problems.add("Apple metadata key " + (i + 1) + " has an impossible size " + size);
                return;
            }
            b.getInt(); // namespace, 'mdta'
            String key = utf8(b, Math.min(size - 8, b.remaining()));
            names.add(key == null ? "" : key);
        }
        keyNames = names;
    }

    private void readValue(String indexBox, long body, long end) throws IOException {
        byte[] raw = indexBox.getBytes(StandardCharsets.ISO_8859_1);
        if (raw.length != 4) {
            return;
        }
        int index = ByteBuffer.wrap(raw).getInt();
        if (index < 1 || index > keyNames.size()) {
            return;
        }
        ByteBuffer b = leaf(body, end);
        if (b == null || b.remaining() < 8) {
            return;
        }
        int type = b.getInt() & 0x00ffffff;
        b.getInt(); // locale
        String value = switch (type) {
            case 1 -> utf8(b, b.remaining());
            case 23 -> b.remaining() >= 4 ? Float.toString(b.getFloat()) : null;
            case 24 -> b.remaining() >= 8 ? Double.toString(b.getDouble()) : null;
            default -> null;
        };
        if (value != null) {
            keys.putIfAbsent(keyNames.get(index - 1), value);
        }
    }

    private ByteBuffer leaf(long body, long end) throws IOException {
        long len = end - body;
        if (len > MAX_LEAF) {
            problems.add("metadata box at byte " + body + " is larger than " + MAX_LEAF + " bytes; not read");
            return null;
        }
        return read(body, (int) len);
    }

    private ByteBuffer read(long at, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        channel.position(at);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new EOFException("file ends at byte " + (at + b.position()));
            }
        }
        return b.flip();
    }

    private void fail(String problem, boolean unsafe) {
        problems.add(problem);
        safe &= !unsafe;
    }

    private String utf8(ByteBuffer b, int len) {
        ByteBuffer slice = b.slice(b.position(), len);
        b.position(b.position() + len);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString().replace("\0", "").strip();
        } catch (CharacterCodingException e) {
            problems.add("metadata text is not valid UTF-8; ignored");
            return null;
        }
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e\\u00a9]", "?");
    }
}
