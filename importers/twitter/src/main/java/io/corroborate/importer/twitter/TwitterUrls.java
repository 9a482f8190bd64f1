package io.corroborate.importer.twitter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical tweet URLs. Every form a tweet's address takes (twitter.com, www., mobile., m., x.com,
 * {@code /i/web/status/<id>}, {@code /i/status/<id>}, the old {@code /#!/user/status/<id>}, with or
 * without scheme, query or trailing path such as {@code /photo/1}) is read to the same tweet; the
 * canonical form is {@code https://x.com/<user>/status/<id>} with the handle in lower case (handles
 * are case-insensitive), or {@code https://x.com/i/web/status/<id>} when the user is not known. A
 * tweet's identity is its id alone: {@link #itemId} gives the item id {@code twitter:<id>}.
 */
public final class TwitterUrls {
    private static final Set<String> HOSTS = Set.of("twitter.com", "www.twitter.com", "mobile.twitter.com", "m.twitter.com",
            "x.com", "www.x.com", "mobile.x.com", "m.x.com");
    /** First path segments that are site pages, not handles. */
    private static final Set<String> NOT_HANDLES = Set.of("i", "home", "search", "intent", "hashtag", "explore", "settings", "share");

    private TwitterUrls() {
    }

    /** The canonical URL of the tweet {@code url} points to, or empty when it is not a tweet URL. */
    public static Optional<String> canonical(String url) {
        Parsed p = parse(url);
        return p == null ? Optional.empty() : Optional.of(statusUrl(p.handle, p.id));
    }

    /** The tweet id in {@code url}, or empty. */
    public static Optional<String> tweetId(String url) {
        Parsed p = parse(url);
        return p == null ? Optional.empty() : Optional.of(p.id);
    }

    /** The item id ({@code twitter:<id>}) of the tweet {@code url} points to, or empty. */
    public static Optional<String> itemId(String url) {
        return tweetId(url).map(id -> "twitter:" + id);
    }

    /** The handle in a tweet URL ({@code https://twitter.com/Someone/status/1} gives {@code someone}), or empty. */
    public static Optional<String> handleIn(String url) {
        Parsed p = parse(url);
        return p == null || p.handle == null ? Optional.empty() : Optional.of(p.handle);
    }

    /** The canonical URL for a tweet id and a handle (with or without @; null or invalid gives the /i/web/ form). */
    public static String statusUrl(String handle, String id) {
        String h = cleanHandle(handle);
        return h == null ? "https://x.com/i/web/status/" + id : "https://x.com/" + h + "/status/" + id;
    }

    /** A handle in lower case without @, or null when {@code raw} is not one. */
    static String cleanHandle(String raw) {
        if (raw == null) {
            return null;
        }
        String h = raw.startsWith("@") ? raw.substring(1) : raw;
        if (h.isEmpty() || h.length() > 50 || NOT_HANDLES.contains(h.toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return null;
            }
        }
        return h.toLowerCase(Locale.ROOT);
    }

    private record Parsed(String handle, String id) {
    }

    private static Parsed parse(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            String s = u.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (!s.equals("https") && !s.equals("http")) {
                return null;
            }
            u = u.substring(scheme + 3);
        }
        int slash = u.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String host = u.substring(0, slash).toLowerCase(Locale.ROOT);
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        if (!HOSTS.contains(host)) {
            return null;
        }
        String path = u.substring(slash + 1);
        if (path.startsWith("#!/")) {
            path = path.substring(3);
        }
        int end = path.length();
        for (char stop : new char[] {'?', '#'}) {
            int k = path.indexOf(stop);
            if (k >= 0 && k < end) {
                end = k;
            }
        }
        String[] seg = path.substring(0, end).split("/");
        if (seg.length >= 4 && seg[0].equals("i") && seg[1].equals("web") && isStatus(seg[2])) {
            return idOnly(seg[3]);
        }
        if (seg.length >= 3 && seg[0].equals("i") && isStatus(seg[1])) {
            return idOnly(seg[2]);
        }
        if (seg.length >= 3 && isStatus(seg[1])) {
            String id = digits(seg[2]);
            String h = cleanHandle(seg[0]);
            return id == null || h == null ? null : new Parsed(h, id);
        }
        return null;
    }

    private static boolean isStatus(String s) {
        return s.equals("status") || s.equals("statuses");
    }

    private static Parsed idOnly(String s) {
        String id = digits(s);
        return id == null ? null : new Parsed(null, id);
    }

    private static String digits(String s) {
        if (s.isEmpty() || s.length() > 20) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return s;
    }
}
