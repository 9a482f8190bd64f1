package io.corroborate.importer.press;

import io.corroborate.model.Hashes;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs, hosts and the stable keys of press item ids. Only http(s) URLs are ever kept. */
final class PressUrls {
    private static final Pattern HTTP = Pattern.compile("(?i)(https?)://([\\p{L}\\p{N}.-]+)(:\\d{1,5})?([/?#][^\\s]*)?");
    private static final Pattern SAFE_KEY = Pattern.compile("[\\x21-\\x7e\\p{L}\\p{N}]{1,200}");
    // query parameters that only track where a reader came from; dropped so one article keeps one id
    private static final Pattern TRACKING = Pattern.compile("(?i)(utm_[a-z_]*|fbclid|gclid|yclid|at_medium|at_campaign)(=.*)?");

    private PressUrls() {
    }

    /** {@code raw} when it is an absolute http(s) URL, else {@code null} ({@code javascript:}, {@code data:}, relative...). */
    static String httpUrl(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return HTTP.matcher(s).matches() ? s : null;
    }

    /** {@code raw} resolved against {@code base} when relative, kept only when the result is http(s). */
    static String httpUrl(String raw, String base) {
        String absolute = httpUrl(raw);
        if (absolute != null || raw == null || raw.isBlank() || base == null) {
            return absolute;
        }
        try {
            return httpUrl(new URI(base).resolve(new URI(raw.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The lower-case host of an http(s) URL without a leading {@code www.}, or {@code null}. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = HTTP.matcher(url.strip());
        if (!m.matches()) {
            return null;
        }
        String h = m.group(2).toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        return h.isEmpty() ? null : h;
    }

    /**
     * The stable key of an article URL inside its outlet: the URL without scheme, {@code www.},
     * tracking parameters and trailing slash, and without the host when it is the id's outlet. The
     * fragment is kept only for live-blog updates, which live at {@code page#update}.
     */
    static String urlKey(String url, String outletPart, boolean keepFragment) {
        Matcher m = HTTP.matcher(url.strip());
        if (!m.matches()) {
            return hashedKey(url);
        }
        String host = host(url);
        String rest = m.group(4) == null ? "" : m.group(4);
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = keepFragment ? rest.substring(hash) : "";
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            List<String> kept = new ArrayList<>();
            for (String p : rest.substring(q + 1).split("&")) {
                if (!p.isEmpty() && !TRACKING.matcher(p).matches()) {
                    kept.add(p);
                }
            }
            query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
            rest = rest.substring(0, q);
        }
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        String path = rest + query + fragment;
        String key = host.equals(outletPart) ? path : path.isEmpty() ? host : host + "/" + path;
        return safe(key.isEmpty() ? "index" : key);
    }

    /** A key from a guid or Atom id that is not a URL. */
    static String guidKey(String guid) {
        return safe(guid.strip());
    }

    /** A name turned into an id part: lower case, letters, digits, dots and dashes. */
    static String slug(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String s = n.replaceAll("[^\\p{L}\\p{N}.-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? hashedKey(name) : s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String safe(String key) {
        return SAFE_KEY.matcher(key).matches() ? key : hashedKey(key);
    }

    private static String hashedKey(String text) {
        return "sha256-" + Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
