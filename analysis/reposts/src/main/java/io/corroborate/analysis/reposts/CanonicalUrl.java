package io.corroborate.analysis.reposts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the many spellings of one post's address to one key, so that two items linking the same
 * post compare equal: scheme, {@code www.}/{@code m.}/{@code mobile.} prefixes, trailing slashes,
 * fragments and tracking parameters are dropped; X/Twitter statuses become {@code x.com/status/<id>};
 * YouTube watch, short, live, embed and youtu.be links become {@code youtube.com/watch?v=<id>};
 * Telegram's web preview {@code t.me/s/<channel>/<n>} becomes {@code t.me/<channel>/<n>}.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh", "mc_cid", "mc_eid",
            "ref", "ref_src", "ref_url", "si", "feature", "pp", "mibextid", "rdid", "share_url", "__cft__", "__tn__", "_ga", "spm",
            "single", "embed");
    // mailto:, tel:, tg: ... but not host:port
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^/0-9]");
    private static final Pattern TWITTER_STATUS = Pattern.compile("^/(?:[^/]+|i/web|i)/status(?:es)?/(\\d+)(?:/.*)?$");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("^/(?:shorts|live|embed|v)/([A-Za-z0-9_-]+)(?:/.*)?$");
    private static final Pattern TELEGRAM_POST = Pattern.compile("^/(?:s/)?([A-Za-z0-9_]+)/(\\d+)(?:/.*)?$");

    private CanonicalUrl() {
    }

    /** The canonical form of {@code url}, or {@code null} when it is blank or not an http(s) address. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (!u.contains("://")) {
            if (OTHER_SCHEME.matcher(u).find()) {
                return null;
            }
            u = "https://" + u;
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            return fallback(u);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String host = uri.getHost();
        if (host == null) {
            return fallback(u);
        }
        host = stripPrefixes(host.toLowerCase(Locale.ROOT));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> query = query(uri.getRawQuery());

        if (host.equals("twitter.com") || host.equals("x.com")) {
            Matcher m = TWITTER_STATUS.matcher(path);
            if (m.matches()) {
                return "x.com/status/" + m.group(1);
            }
            return "x.com" + path.toLowerCase(Locale.ROOT) + joined(query);
        }
        if (host.equals("youtu.be") && path.length() > 1) {
            return "youtube.com/watch?v=" + path.substring(1).split("/")[0];
        }
        if (host.equals("youtube.com") || host.equals("youtube-nocookie.com")) {
            Matcher m = YOUTUBE_PATH.matcher(path);
            if (m.matches()) {
                return "youtube.com/watch?v=" + m.group(1);
            }
            if (path.equals("/watch")) {
                // the video id is the only parameter that names the content
                for (String p : query) {
                    if (p.startsWith("v=")) {
                        return "youtube.com/watch?" + p;
                    }
                }
            }
            return "youtube.com" + path + joined(query);
        }
        if (host.equals("t.me") || host.equals("telegram.me")) {
            Matcher m = TELEGRAM_POST.matcher(path);
            if (m.matches()) {
                // channel usernames are case-insensitive
                return "t.me/" + m.group(1).toLowerCase(Locale.ROOT) + "/" + m.group(2);
            }
            return "t.me" + path.toLowerCase(Locale.ROOT);
        }
        if (host.equals("web.facebook.com")) {
            host = "facebook.com";
        }
        return host + path + joined(query);
    }

    private static String stripPrefixes(String host) {
        for (String p : List.of("www.", "mobile.", "m.")) {
            if (host.startsWith(p) && host.length() > p.length()) {
                return host.substring(p.length());
            }
        }
        return host;
    }

    /** The query's parameters without tracking ones, sorted, as raw {@code key=value} strings. */
    private static List<String> query(String raw) {
        List<String> kept = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return kept;
        }
        for (String p : raw.split("&")) {
            if (p.isEmpty()) {
                continue;
            }
            String key = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!key.startsWith("utm_") && !TRACKING.contains(key)) {
                kept.add(p);
            }
        }
        kept.sort(null);
        return kept;
    }

    private static String joined(List<String> query) {
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    private static String fallback(String u) {
        String s = u.replaceFirst("(?i)^https?://", "");
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
