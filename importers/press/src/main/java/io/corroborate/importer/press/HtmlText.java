package io.corroborate.importer.press;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plain text and links out of HTML. Text is data: markup and entities are decoded to characters,
 * code ({@code script}, {@code style}...) is not prose and is left out, and nothing is ever run. Links
 * are kept only when they are http(s), so {@code javascript:} and {@code data:} URLs never become links.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "table", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt",
            "aside", "main");
    private static final Set<String> CODE = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
            "embed", "head", "canvas");

    private HtmlText() {
    }

    /** The text of an HTML fragment (an RSS description, an Atom html/xhtml content). */
    static String fragmentText(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return text(Jsoup.parseBodyFragment(html).body());
    }

    /** The http(s) links of an HTML fragment, in document order. */
    static List<String> fragmentLinks(String html, String base) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        return links(Jsoup.parseBodyFragment(html, base == null ? "" : base).body(), base);
    }

    /** Whitespace collapsed: for one-line values (titles, names). */
    static String line(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** HTML entities decoded, whitespace collapsed: for one-line values of JSON-LD and meta tags. */
    static String decodedLine(String s) {
        return s == null ? null : line(Parser.unescapeEntities(s, false));
    }

    /** The text of an element: paragraphs and other blocks on lines of their own, code left out. */
    static String text(Element root) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (CODE.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        b.append('\n');
                    }
                } else if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    b.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return tidy(b.toString());
    }

    /** Plain text with its lines stripped and runs of blank lines cut to one. */
    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.replaceAll("[ \\t\\f\\x0B]+", " ").strip();
            if (l.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(l);
            blank = false;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The http(s) targets of {@code a[href]} under {@code root}, resolved against {@code base}, in order. */
    static List<String> links(Element root, String base) {
        Set<String> out = new LinkedHashSet<>();
        for (Element a : root.select("a[href]")) {
            String url = PressUrls.httpUrl(a.attr("href"), base);
            if (url != null) {
                out.add(url);
            }
        }
        return new ArrayList<>(out);
    }
}
