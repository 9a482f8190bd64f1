package io.corroborate.importer.csv;

import io.corroborate.model.Platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Item ids from post URLs, in the schemes of the platform importers so that a spreadsheet row and the
 * platform's own export of the same post become one item: {@code telegram:<channel>:<message>},
 * {@code twitter:<tweet id>}, {@code youtube:<video id>}, {@code facebook:<post id>}; any other page is
 * {@code web:<host><path>} on platform {@code other}.
 */
final class UrlIds {
    /** What a URL names: the platform, the item id and a canonical URL. */
    record Ref(Platform platform, String id, String url) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,25}");
    private static final Pattern TG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,63}");
    private static final Pattern YT_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_]{1,50}");

    private UrlIds() {
    }

    /** The item a link points at, or empty when the text is not an absolute http(s) URL. */
    static Optional<Ref> of(String link) {
        String l = link.strip();
        if (!Cells.webUrl(l)) {
            return Optional.empty();
        }
        URI u;
        try {
            u = new URI(l);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            return Optional.empty();
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        String bare = host.replaceFirst("^(www\\.|m\\.|mobile\\.|web\\.)", "");
        List<String> path = segments(u.getRawPath());
        Optional<Ref> ref = switch (bare) {
            case "t.me", "telegram.me" -> telegram(path);
            case "twitter.com", "x.com" -> twitter(path);
            case "youtube.com", "music.youtube.com", "youtu.be" -> youtube(bare, path, u.getRawQuery());
            case "facebook.com", "fb.com", "fb.watch" -> Optional.ofNullable(facebook(path, u.getRawQuery(), l));
            default -> Optional.empty();
        };
        boolean facebook = bare.equals("facebook.com") || bare.equals("fb.com") || bare.equals("fb.watch");
        return Optional.of(ref.orElseGet(() -> web(host, u, facebook ? Platform.FACEBOOK : Platform.OTHER)));
    }

    private static Optional<Ref> telegram(List<String> p) {
        List<String> s = new ArrayList<>(p);
        if (!s.isEmpty() && s.get(0).equals("s")) {
            s.remove(0);
        }
        if (s.size() >= 3 && s.get(0).equals("c") && DIGITS.matcher(s.get(1)).matches() && DIGITS.matcher(s.get(2)).matches()) {
            return Optional.of(new Ref(Platform.TELEGRAM, "telegram:" + s.get(1) + ":" + s.get(2), "https://t.me/c/" + s.get(1) + "/" + s.get(2)));
        }
        if (s.size() >= 2 && TG_NAME.matcher(s.get(0)).matches() && DIGITS.matcher(s.get(1)).matches()) {
            return Optional.of(new Ref(Platform.TELEGRAM, "telegram:" + s.get(0) + ":" + s.get(1), "https://t.me/" + s.get(0) + "/" + s.get(1)));
        }
        return Optional.empty();
    }

    private static Optional<Ref> twitter(List<String> p) {
        for (int i = 0; i + 1 < p.size(); i++) {
            if ((p.get(i).equals("status") || p.get(i).equals("statuses")) && DIGITS.matcher(p.get(i + 1)).matches()) {
                String id = p.get(i + 1);
                String user = i == 1 && HANDLE.matcher(p.get(0)).matches() && !p.get(0).equals("i") ? p.get(0) : null;
                String url = user != null ? "https://twitter.com/" + user + "/status/" + id : "https://twitter.com/i/web/status/" + id;
                return Optional.of(new Ref(Platform.TWITTER, "twitter:" + id, url));
            }
        }
        return Optional.empty();
    }

    private static Optional<Ref> youtube(String host, List<String> p, String query) {
        String id = null;
        if (host.equals("youtu.be") && !p.isEmpty()) {
            id = p.get(0);
        } else if (p.size() >= 2 && List.of("shorts", "live", "embed", "v").contains(p.get(0))) {
            id = p.get(1);
        } else if (!p.isEmpty() && p.get(0).equals("watch")) {
            id = param(query, "v");
        }
        if (id == null || !YT_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Ref(Platform.YOUTUBE, "youtube:" + id, "https://www.youtube.com/watch?v=" + id));
    }

    /** A post id from the common post, video, reel and photo URLs; {@code null} when none is found. */
    private static Ref facebook(List<String> p, String query, String link) {
        String id = null;
        for (String key : List.of("story_fbid", "fbid", "v")) {
            String v = param(query, key);
            if (v != null && DIGITS.matcher(v).matches()) {
                id = v;
                break;
            }
        }
        for (int i = 0; id == null && i + 1 < p.size(); i++) {
            if (List.of("posts", "videos", "reel", "photos", "permalink").contains(p.get(i)) && DIGITS.matcher(p.get(i + 1)).matches()) {
                id = p.get(i + 1);
            }
        }
        if (id == null && p.size() >= 3 && p.get(1).equals("photos")) {
            String last = p.get(p.size() - 1);
            id = DIGITS.matcher(last).matches() ? last : null;
        }
        if (id == null) {
            return null;
        }
        return new Ref(Platform.FACEBOOK, "facebook:" + id, link);
    }

    private static Ref web(String host, URI u, Platform platform) {
        String path = u.getRawPath() == null ? "" : u.getRawPath().replaceFirst("/+$", "");
        String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        String h = host.replaceFirst("^www\\.", "");
        return new Ref(platform, "web:" + h + path + query, u.toString());
    }

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        if (rawPath != null) {
            for (String s : rawPath.split("/")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                return kv.substring(eq + 1);
            }
        }
        return null;
    }
}
