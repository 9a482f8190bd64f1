package io.corroborate.importer.ytdlp;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the media yt-dlp downloaded next to an info file: same base name, one media extension
 * (thumbnails, subtitles and {@code .part} files are not media). Each folder is listed once per
 * import and indexed by base name. Not thread-safe: one instance per {@code read} call.
 */
final class MediaFiles {
    private static final Map<String, String> VIDEO = Map.ofEntries(Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("mkv", "video/x-matroska"), Map.entry("mov", "video/quicktime"), Map.entry("m4v", "video/x-m4v"),
            Map.entry("avi", "video/x-msvideo"), Map.entry("flv", "video/x-flv"), Map.entry("3gp", "video/3gpp"),
            Map.entry("ts", "video/mp2t"), Map.entry("mpg", "video/mpeg"), Map.entry("mpeg", "video/mpeg"),
            Map.entry("wmv", "video/x-ms-wmv"), Map.entry("ogv", "video/ogg"));
    private static final Map<String, String> AUDIO = Map.ofEntries(Map.entry("m4a", "audio/mp4"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("opus", "audio/ogg"), Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"), Map.entry("wav", "audio/wav"),
            Map.entry("flac", "audio/flac"), Map.entry("aac", "audio/aac"), Map.entry("wma", "audio/x-ms-wma"),
            Map.entry("weba", "audio/webm"));

    private final Map<Path, Map<String, List<String>>> byFolder = new HashMap<>();

    /** The media files beside {@code infoFile} that share its base name ({@code X.info.json} → {@code X.mp4}). */
    List<Path> besideInfo(Path infoFile) throws IOException {
        String name = infoFile.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(".info.json") ? name.substring(0, name.length() - ".info.json".length())
                : lower.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return withBase(infoFile.toAbsolutePath().getParent(), base);
    }

    /**
     * The media files in {@code folder} with the base name of {@code writtenName} (yt-dlp's
     * {@code _filename}, possibly from another machine: only its last segment is used, and the
     * extension may have changed when formats were merged).
     */
    List<Path> named(Path folder, String writtenName) throws IOException {
        String last = writtenName.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 ? List.of() : withBase(folder.toAbsolutePath(), last.substring(0, dot));
    }

    private List<Path> withBase(Path folder, String base) throws IOException {
        List<String> names = index(folder).getOrDefault(base, List.of());
        List<Path> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(folder.resolve(n));
        }
        return out;
    }

    private Map<String, List<String>> index(Path folder) throws IOException {
        Map<String, List<String>> idx = byFolder.get(folder);
        if (idx != null) {
            return idx;
        }
        Map<String, List<String>> built = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                int dot = n.lastIndexOf('.');
                // links are kept here so that the importer can refuse those that leave the case
                if (dot > 0 && isMedia(n.substring(dot + 1)) && (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))) {
                    built.computeIfAbsent(n.substring(0, dot), k -> new ArrayList<>()).add(n);
                }
            }
        }
        built.values().forEach(l -> l.sort(null));
        byFolder.put(folder, built);
        return built;
    }

    /** The extension of a file name, lower-case, or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isMedia(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        return VIDEO.containsKey(e) || AUDIO.containsKey(e);
    }

    static boolean isAudio(String ext) {
        return ext != null && AUDIO.containsKey(ext.toLowerCase(Locale.ROOT));
    }

    /** The MIME type for a media extension, or {@code null}. */
    static String mimeType(String ext) {
        String e = ext == null ? "" : ext.toLowerCase(Locale.ROOT);
        return VIDEO.getOrDefault(e, AUDIO.get(e));
    }
}
