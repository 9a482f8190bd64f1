package io.corroborate.importer.press;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.spi.ImportException;
import java.util.Collections;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads a saved article page: schema.org articles from its JSON-LD blocks (several blocks,
 * {@code @graph}, {@code @type} lists, {@code @id} references), the live-blog updates of a
 * {@code LiveBlogPosting} as items of their own, and Open Graph / {@code article:*} meta tags and
 * {@code <link rel=canonical>} for whatever the JSON-LD leaves out (or for the whole article when the
 * page has none). Nothing on the page is run: scripts are read as JSON or not at all.
 */
final class ArticlePageReader {
    /** Pages larger than this are refused: a saved article is a few megabytes at most. */
    static final long MAX_PAGE_BYTES = 32L << 20;

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
            "LiveBlogPosting", "BlogPosting", "Report");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(200).maxStringLength(20_000_000).maxNumberLength(1000).build())
            // sites hand-write JSON-LD: raw newlines in strings, trailing commas and comments are common and harmless
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build());

    /** A schema.org article node as read from JSON-LD. */
    private record LdArticle(String locator, String url, String headline, String published, String modified,
                             List<String> byline, String publisherName, String publisherUrl, String body, String description,
                             List<JsonNode> updates) {
    }

    /** Reads {@code file}; the whole page is read (and size-checked) at once, as HTML needs. */
    void read(Path file, PressRun run) throws ImportException, IOException {
        String name = run.context().sourceName(file);
        Document doc = Jsoup.parse(decode(file, name, run));
        Map<String, String> meta = metaTags(doc);
        String canonical = firstUrl(attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href"), meta.get("og:url"));
        String pageTitle = HtmlText.decodedLine(doc.title());
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body == null) {
            body = doc.selectFirst("article");
        }
        String pageText = body == null ? null : HtmlText.text(body);
        List<String> pageLinks = body == null ? List.of() : HtmlText.links(body, canonical);

        Ld ld = new Ld(file, run);
        ld.parse(doc);
        List<LdArticle> articles = ld.articles();
        int main = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (canonical != null && sameUrl(articles.get(i).url(), canonical)) {
                main = i;
                break;
            }
        }

        if (articles.isEmpty()) {
            String published = firstNonNull(meta.get("article:published_time"), meta.get("itemprop:datepublished"));
            String modified = firstNonNull(meta.get("article:modified_time"), meta.get("og:updated_time"), meta.get("itemprop:datemodified"));
            String headline = firstNonNull(HtmlText.decodedLine(meta.get("og:title")), pageTitle);
            if (canonical == null && headline == null && published == null) {
                run.context().skipped(file, "page", "no article found: no JSON-LD article, no canonical URL, no title and no publication date");
                return;
            }
            run.emit(file, new PressRun.Article("page", canonical, null, false, fallbackKey(name), null, headline,
                    firstNonNull(pageText, HtmlText.decodedLine(meta.get("og:description"))), pageLinks, List.of(),
                    published, publishedField(meta), modified, modifiedField(meta), metaByline(meta),
                    HtmlText.decodedLine(meta.get("og:site_name")), canonical));
            return;
        }

        for (int i = 0; i < articles.size(); i++) {
            LdArticle a = articles.get(i);
            boolean isMain = i == main;
            String url = firstNonNull(a.url(), isMain ? canonical : null);
            String published = firstNonNull(a.published(), isMain ? meta.get("article:published_time") : null);
            String modified = firstNonNull(a.modified(), isMain ? meta.get("article:modified_time") : null);
            String publishedField = a.published() != null ? "datePublished" : "meta article:published_time";
            String modifiedField = a.modified() != null ? "dateModified" : "meta article:modified_time";
            List<String> byline = !a.byline().isEmpty() || !isMain ? a.byline() : metaByline(meta);
            String outlet = firstNonNull(a.publisherName(), HtmlText.decodedLine(meta.get("og:site_name")));
            String site = firstNonNull(a.publisherUrl(), canonical);
            String text = firstNonNull(a.body(), isMain ? pageText : null, a.description(),
                    isMain ? HtmlText.decodedLine(meta.get("og:description")) : null);
            String headline = firstNonNull(a.headline(), isMain ? HtmlText.decodedLine(meta.get("og:title")) : null, isMain ? pageTitle : null);
            run.emit(file, new PressRun.Article(a.locator(), url, null, false, isMain ? fallbackKey(name) : null, null, headline, text,
                    isMain ? pageLinks : List.of(), List.of(), published, publishedField, modified, modifiedField, byline, outlet, site));
            for (int u = 0; u < a.updates().size(); u++) {
                update(file, run, ld, a, url, outlet, site, u);
            }
        }
    }

    private void update(Path file, PressRun run, Ld ld, LdArticle parent, String parentUrl, String outlet, String site, int index) {
        JsonNode n = ld.resolve(parent.updates().get(index));
        String locator = parent.locator() + "/liveBlogUpdate/" + index;
        if (!n.isObject()) {
            run.context().skipped(file, locator, "live-blog update is not an object");
            return;
        }
        String own = ld.url(n);
        String published = Ld.str(n.get("datePublished"));
        boolean ownUrl = own != null && !own.equals(parentUrl);
        if (!ownUrl && (published == null || parentUrl == null)) {
            run.context().skipped(file, locator, "live-blog update has neither its own URL nor a datePublished: no stable id");
            return;
        }
        String text = firstNonNull(HtmlText.tidy(Ld.decoded(n.get("articleBody"))), HtmlText.tidy(Ld.decoded(n.get("text"))),
                HtmlText.decodedLine(Ld.str(n.get("description"))));
        List<String> links = parentUrl == null ? List.of() : List.of(parentUrl);
        run.emit(file, new PressRun.Article(locator, ownUrl ? own : parentUrl, null, ownUrl, null,
                ownUrl ? null : "#at-" + published.strip().replaceAll("\\s+", "_"),
                HtmlText.decodedLine(firstNonNull(Ld.str(n.get("headline")), Ld.str(n.get("name")))), text, links, List.of(),
                published, "liveBlogUpdate datePublished", Ld.str(n.get("dateModified")), "liveBlogUpdate dateModified",
                ld.byline(n), outlet, site));
    }

    /** The JSON-LD of one page: its nodes, an {@code @id} index, and the article nodes in document order. */
    private static final class Ld {
        private final Path file;
        private final PressRun run;
        private final List<JsonNode> nodes = new ArrayList<>();
        private final Map<JsonNode, String> locators = new IdentityHashMap<>();
        private final Map<String, JsonNode> byId = new HashMap<>();

        Ld(Path file, PressRun run) {
            this.file = file;
            this.run = run;
        }

        void parse(Document doc) {
            int block = 0;
            for (Element script : doc.select("script[type]")) {
                if (!script.attr("type").strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) {
                    continue;
                }
                block++;
                String where = "ld+json block " + block;
                String data = script.data().strip()
                        .replaceFirst("^(?s)(//\\s*)?<!\\[CDATA\\[", "").replaceFirst("(?s)(//\\s*)?]]>$", "")
                        .replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
                if (data.isEmpty()) {
                    continue;
                }
                try {
                    collect(JSON.readTree(data), where, 0);
                } catch (StreamConstraintsException e) {
                    run.context().warn(file, where, "JSON-LD over a safety limit, ignored: " + e.getOriginalMessage());
                } catch (JsonProcessingException e) {
                    run.context().warn(file, where, "JSON-LD is not valid JSON, ignored: " + e.getOriginalMessage());
                }
            }
            for (JsonNode n : nodes) {
                String id = str(n.get("@id"));
                if (id != null) {
                    byId.putIfAbsent(id, n);
                }
            }
        }

        private void collect(JsonNode n, String path, int depth) {
            if (n == null || depth > 16) {
                return;
            }
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    collect(n.get(i), path + "/" + i, depth + 1);
                }
            } else if (n.isObject()) {
                if (n.has("@type") || n.has("@id")) {
                    nodes.add(n);
                    locators.put(n, path);
                }
                if (n.has("@graph")) {
                    collect(n.get("@graph"), path + "/@graph", depth + 1);
                }
            }
        }

        List<LdArticle> articles() {
            Set<JsonNode> updates = Collections.newSetFromMap(new IdentityHashMap<>());
            for (JsonNode n : nodes) {
                if (types(n).contains("LiveBlogPosting")) {
                    for (JsonNode u : list(n.get("liveBlogUpdate"))) {
                        updates.add(resolve(u));
                    }
                }
            }
            List<LdArticle> out = new ArrayList<>();
            for (JsonNode n : nodes) {
                if (updates.contains(n) || types(n).stream().noneMatch(ARTICLE_TYPES::contains)) {
                    continue;
                }
                JsonNode publisher = resolve(n.get("publisher"));
                String publisherName = publisher == null ? null : publisher.isTextual() ? HtmlText.decodedLine(publisher.asText())
                        : HtmlText.decodedLine(str(publisher.get("name")));
                String publisherUrl = publisher == null || !publisher.isObject() ? null : PressUrls.httpUrl(str(publisher.get("url")));
                out.add(new LdArticle(locators.get(n), url(n),
                        HtmlText.decodedLine(firstNonNull(str(n.get("headline")), str(n.get("name")))),
                        str(n.get("datePublished")), str(n.get("dateModified")), byline(n), publisherName, publisherUrl,
                        HtmlText.tidy(decoded(n.get("articleBody"))), HtmlText.decodedLine(str(n.get("description"))),
                        types(n).contains("LiveBlogPosting") ? list(n.get("liveBlogUpdate")) : List.of()));
            }
            return out;
        }

        /** A node that is only {@code {"@id": ...}} replaced by the node with that id on the page. */
        JsonNode resolve(JsonNode n) {
            if (n != null && n.isObject() && n.has("@id") && !n.has("name") && !n.has("@type")) {
                JsonNode target = byId.get(str(n.get("@id")));
                if (target != null) {
                    return target;
                }
            }
            return n;
        }

        String url(JsonNode n) {
            String u = PressUrls.httpUrl(str(n.get("url")));
            if (u != null) {
                return u;
            }
            JsonNode page = n.get("mainEntityOfPage");
            if (page != null) {
                u = PressUrls.httpUrl(page.isObject() ? firstNonNull(str(page.get("@id")), str(page.get("url"))) : str(page));
                if (u != null) {
                    return u;
                }
            }
            return PressUrls.httpUrl(str(n.get("@id")));
        }

        /** Author names: a string, a person, a list of either, or a person whose name is a list. */
        List<String> byline(JsonNode n) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode a : list(n.get("author"))) {
                JsonNode r = resolve(a);
                if (r.isTextual()) {
                    addName(names, r.asText());
                } else if (r.isObject()) {
                    for (JsonNode name : list(r.get("name"))) {
                        addName(names, str(name));
                    }
                }
            }
            return new ArrayList<>(names);
        }

        private static void addName(Set<String> names, String name) {
            String n = HtmlText.decodedLine(name);
            if (n != null && PressUrls.httpUrl(n) == null) {
                names.add(n);
            }
        }

        static List<JsonNode> list(JsonNode n) {
            if (n == null || n.isNull()) {
                return List.of();
            }
            if (n.isArray()) {
                List<JsonNode> out = new ArrayList<>();
                n.forEach(out::add);
                return out;
            }
            return List.of(n);
        }

        static Set<String> types(JsonNode n) {
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode t : list(n.get("@type"))) {
                String s = str(t);
                if (s != null) {
                    out.add(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1).strip());
                }
            }
            return out;
        }

        /** A JSON-LD value as text: a string, a number, the first of a list, or an object's {@code @value}. */
        static String str(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isValueNode()) {
                String s = n.asText().strip();
                return s.isEmpty() ? null : s;
            }
            if (n.isArray()) {
                for (JsonNode e : n) {
                    String s = str(e);
                    if (s != null) {
                        return s;
                    }
                }
                return null;
            }
            return n.has("@value") ? str(n.get("@value")) : null;
        }

        /** A multi-line JSON-LD string with HTML entities decoded; markup in it stays inert text. */
        static String decoded(JsonNode n) {
            String s = str(n);
            return s == null ? null : Parser.unescapeEntities(s, false);
        }
    }

    private static String decode(Path file, String name, PressRun run) throws ImportException, IOException {
        long size = Files.size(file);
        if (size > MAX_PAGE_BYTES) {
            throw new ImportException(ImportException.Category.LIMIT, name, "page",
                    "page is " + size + " bytes, more than the " + (MAX_PAGE_BYTES >> 20) + " MiB a saved article may have");
        }
        byte[] bytes = Files.readAllBytes(file);
        int skip = 0;
        Charset cs = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    cs = StrictDecoder.charset(m.group(1));
                } catch (UnsupportedCharsetException e) {
                    run.context().warn(file, "meta charset", "unknown charset '" + m.group(1) + "', read as UTF-8");
                }
            }
        }
        StringBuilder text = new StringBuilder(bytes.length);
        try (StrictDecoder in = StrictDecoder.of(new ByteArrayInputStream(bytes, skip, bytes.length - skip), cs)) {
            char[] buf = new char[1 << 14];
            int n;
            while ((n = in.read(buf)) > 0) {
                text.append(buf, 0, n);
            }
        } catch (StrictDecoder.MalformedText e) {
            throw new ImportException(ImportException.Category.ENCODING, name, "byte " + (e.byteOffset() + skip), e.getMessage().replaceFirst(
                    "offset \\d+", "offset " + (e.byteOffset() + skip)), e);
        }
        return text.toString();
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            for (String key : new String[] {m.attr("property"), m.attr("name")}) {
                if (!key.isBlank()) {
                    out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), m.attr("content"));
                }
            }
            if (m.hasAttr("itemprop")) {
                out.putIfAbsent("itemprop:" + m.attr("itemprop").strip().toLowerCase(Locale.ROOT), m.attr("content"));
            }
        }
        for (Element t : doc.select("time[itemprop][datetime]")) {
            out.putIfAbsent("itemprop:" + t.attr("itemprop").strip().toLowerCase(Locale.ROOT), t.attr("datetime"));
        }
        out.replaceAll((k, v) -> v.strip());
        out.values().removeIf(String::isEmpty);
        return out;
    }

    private static List<String> metaByline(Map<String, String> meta) {
        List<String> out = new ArrayList<>();
        for (String k : new String[] {"author", "article:author"}) {
            String v = HtmlText.decodedLine(meta.get(k));
            if (v != null && PressUrls.httpUrl(v) == null && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String publishedField(Map<String, String> meta) {
        return meta.containsKey("article:published_time") ? "meta article:published_time" : "meta itemprop datePublished";
    }

    private static String modifiedField(Map<String, String> meta) {
        return meta.containsKey("article:modified_time") ? "meta article:modified_time"
                : meta.containsKey("og:updated_time") ? "meta og:updated_time" : "meta itemprop dateModified";
    }

    private static String fallbackKey(String sourceName) {
        return PressUrls.guidKey("file/" + sourceName);
    }

    private static boolean sameUrl(String a, String b) {
        return a != null && b != null && strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        return url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("[#?].*$", "").replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstUrl(String... candidates) {
        for (String c : candidates) {
            String u = PressUrls.httpUrl(c);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
