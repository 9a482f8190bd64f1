package io.corroborate.importer.ytdlp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises the many URL forms of one YouTube video to {@code https://www.youtube.com/watch?v=<id>}:
 * {@code youtu.be/<id>}, {@code /watch?v=<id>} on www., m., music. and bare youtube.com,
 * {@code /shorts/}, {@code /embed/} (also youtube-nocookie.com), {@code /live/}, {@code /v/} and
 * {@code /e/}, with or without a scheme and with any extra query parameters. Pure functions of their
 * argument; safe from any thread.
 */
public final class YoutubeUrls {
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Set<String> HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com",
            "gaming.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Set<String> ID_PATHS = Set.of("shorts", "embed", "live", "v", "e", "watch");

    private YoutubeUrls() {
    }

    /** Whether {@code id} has the shape of a YouTube video id (11 characters of [A-Za-z0-9_-]). */
    public static boolean isVideoId(String id) {
        return id != null && VIDEO_ID.matcher(id).matches();
    }

    /** The canonical watch URL of a video id; {@link IllegalArgumentException} when it is not one. */
    public static String watchUrl(String videoId) {
        if (!isVideoId(videoId)) {
            throw new IllegalArgumentException("'" + videoId + "' is not a YouTube video id");
        }
        return "https://www.youtube.com/watch?v=" + videoId;
    }

    /** The canonical watch URL of any YouTube video URL form, or empty when {@code url} is not one. */
    public static Optional<String> canonical(String url) {
        return videoId(url).map(YoutubeUrls::watchUrl);
    }

    /** The video id in any YouTube video URL form, or empty when {@code url} is not one. */
    public static Optional<String> videoId(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = url.strip();
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] parts = path.replaceFirst("^/+", "").split("/+");
        String candidate = null;
        if (host.equals("youtu.be") || host.equals("www.youtu.be")) {
            candidate = parts[0];
        } else if (HOSTS.contains(host)) {
            if (parts[0].equals("watch") && parts.length == 1) {
                candidate = queryParameter(uri.getRawQuery(), "v");
            } else if (ID_PATHS.contains(parts[0]) && parts.length >= 2) {
                candidate = parts[1];
            }
        }
        return isVideoId(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
