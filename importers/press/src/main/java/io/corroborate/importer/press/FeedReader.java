package io.corroborate.importer.press;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.ImportException;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Characters;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 feeds entry by entry.
 *
 * <p>A StAX reader with DTDs and external entities off streams the file (no XXE, no entity
 * expansion), through {@link MarkupLimit} so that no tag, CDATA section or comment it holds whole can
 * be longer than {@link #MAX_MARKUP_CHARS}; each entry is built into a small JDOM document under
 * copies of its ancestors and handed to Rome, which normalises titles, links, content and authors.
 * The raw date strings are taken from the entry itself and read strictly by {@link PressTimes}, never
 * by Rome's lenient parser. When the XML breaks, the entries before the break have been imported and
 * an {@link ImportException} names the line.
 */
final class FeedReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RSS_10 = "http://purl.org/rss/1.0/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DC_TERMS = "http://purl.org/dc/terms/";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Entries deeper or larger than this are skipped: real entries are shallow and small. */
    static final int MAX_ENTRY_DEPTH = 64;
    static final long MAX_ENTRY_CHARS = 8L << 20;
    /** The longest tag, CDATA section, comment or declaration: the parser holds each whole. */
    static final long MAX_MARKUP_CHARS = MAX_ENTRY_CHARS;

    private enum Kind { RSS, RDF, ATOM }

    /** Reads {@code file}; opens and closes its stream. */
    void read(Path file, PressRun run) throws ImportException, IOException {
        String name = run.context().sourceName(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            StrictDecoder text;
            try {
                text = StrictDecoder.forXml(in);
            } catch (UnsupportedCharsetException e) {
                throw new ImportException(ImportException.Category.ENCODING, name, "XML declaration",
                        "the feed declares encoding '" + e.getCharsetName() + "', which this Java runtime cannot read");
            }
            MarkupLimit markup = new MarkupLimit(text, MAX_MARKUP_CHARS);
            XMLEventReader xml;
            try {
                xml = inputFactory().createXMLEventReader(markup);
            } catch (XMLStreamException e) {
                throw broken(name, text, markup, e, null);
            }
            new Pass(file, name, run, xml, text, markup).run();
        }
    }

    /** A StAX factory that never reads a DTD or an external entity. */
    static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // not coalescing: a text node arrives in chunks, so the entry limits apply before a huge node is in memory
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource '" + systemId + "' refused");
        });
        return f;
    }

    private static ImportException broken(String name, StrictDecoder text, MarkupLimit markup, XMLStreamException e, String openElement) {
        if (text.error() != null) {
            return new ImportException(ImportException.Category.ENCODING, name, "byte " + text.error().byteOffset(),
                    text.error().getMessage() + "; the entries before it were imported", e);
        }
        if (markup.error() != null) {
            return new ImportException(ImportException.Category.LIMIT, name, "line " + markup.error().line(),
                    markup.error().getMessage() + "; the entries before it were imported", e);
        }
        Location at = e.getLocation();
        String where = at == null ? "unknown position" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String reason = e.getMessage() == null ? "broken XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        if (text.reachedEnd() && openElement != null) {
            return new ImportException(ImportException.Category.TRUNCATED, name, where,
                    "the feed ends inside <" + openElement + "; the entries before it were imported", e);
        }
        return new ImportException(ImportException.Category.MALFORMED, name, where,
                "the feed's XML breaks here (" + reason.strip() + "); the entries before it were imported", e);
    }

    /** One pass over one file. */
    private static final class Pass {
        private final Path file;
        private final String name;
        private final PressRun run;
        private final XMLEventReader xml;
        private final StrictDecoder text;
        private final MarkupLimit markup;
        private final Deque<StartElement> open = new ArrayDeque<>();
        private Kind kind;
        private String channelTitle;
        private String channelLink;
        private StartElement currentEntry;

        Pass(Path file, String name, PressRun run, XMLEventReader xml, StrictDecoder text, MarkupLimit markup) {
            this.file = file;
            this.name = name;
            this.run = run;
            this.xml = xml;
            this.text = text;
            this.markup = markup;
        }

        void run() throws ImportException {
            try {
                while (xml.hasNext()) {
                    XMLEvent e = xml.nextEvent();
                    if (e.isStartElement()) {
                        start(e.asStartElement());
                    } else if (e.isEndElement()) {
                        open.pop();
                    }
                }
                if (kind == null) {
                    throw new ImportException(ImportException.Category.MALFORMED, name, null, "the file holds no XML element");
                }
            } catch (XMLStreamException e) {
                throw broken(name, text, markup, e, openElement());
            } catch (RuntimeException e) {
                // the JDK's StAX reader reports some damage (bad characters in names) as unchecked exceptions
                if (e.getCause() instanceof XMLStreamException x) {
                    throw broken(name, text, markup, x, openElement());
                }
                if (markup.error() != null) {
                    throw broken(name, text, markup, new XMLStreamException(markup.error()), openElement());
                }
                throw new ImportException(ImportException.Category.MALFORMED, name, null, "the feed's XML cannot be read: " + e, e);
            }
        }

        /** The element the reader was in when the input broke, e.g. {@code <item> of line 17}. */
        private String openElement() {
            StartElement s = currentEntry != null ? currentEntry : open.peek();
            return s == null ? null : s.getName().getLocalPart() + "> of line " + s.getLocation().getLineNumber();
        }

        private void start(StartElement s) throws XMLStreamException, ImportException {
            QName q = s.getName();
            String local = q.getLocalPart();
            String ns = q.getNamespaceURI();
            int depth = open.size();
            if (depth == 0) {
                kind = rootKind(s);
                open.push(s);
                return;
            }
            String parent = open.peek().getName().getLocalPart();
            boolean entry = switch (kind) {
                case RSS -> depth == 2 && parent.equals("channel") && local.equals("item");
                case RDF -> depth == 1 && local.equals("item");
                case ATOM -> depth == 1 && local.equals("entry");
            };
            if (entry) {
                entry(s);
                return;
            }
            boolean sameNamespace = ns.equals(open.peek().getName().getNamespaceURI());
            boolean channelField = sameNamespace && switch (kind) {
                case RSS, RDF -> depth == 2 && parent.equals("channel");
                case ATOM -> depth == 1;
            };
            if (channelField && local.equals("title") && channelTitle == null) {
                channelTitle = HtmlText.line(textOf(s));
                return;
            }
            if (channelField && local.equals("link") && channelLink == null) {
                if (kind == Kind.ATOM) {
                    String rel = attr(s, "rel");
                    if (rel == null || rel.equals("alternate")) {
                        channelLink = PressUrls.httpUrl(attr(s, "href"));
                    }
                } else {
                    channelLink = PressUrls.httpUrl(textOf(s));
                    return;
                }
            }
            open.push(s);
        }

        private Kind rootKind(StartElement s) throws ImportException {
            QName q = s.getName();
            String local = q.getLocalPart();
            String ns = q.getNamespaceURI();
            if (local.equals("rss") && ns.isEmpty()) {
                return Kind.RSS;
            }
            if (local.equals("RDF") && ns.equals(RDF)) {
                return Kind.RDF;
            }
            if (local.equals("feed") && (ns.equals(ATOM) || ns.equals(ATOM_03))) {
                return Kind.ATOM;
            }
            throw new ImportException(ImportException.Category.UNSUPPORTED, name, "line " + s.getLocation().getLineNumber(),
                    "the root element <" + (q.getPrefix().isEmpty() ? "" : q.getPrefix() + ":") + local + "> is not an RSS or Atom feed");
        }

        /** The character data of the element {@code s} opens, consuming it and its end tag. */
        private String textOf(StartElement s) throws XMLStreamException {
            StringBuilder b = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                XMLEvent e = xml.nextEvent();
                if (e.isStartElement()) {
                    depth++;
                } else if (e.isEndElement()) {
                    depth--;
                } else if (e.isCharacters() && b.length() < 100_000) {
                    b.append(e.asCharacters().getData());
                }
            }
            return b.toString();
        }

        private void entry(StartElement s) throws XMLStreamException {
            currentEntry = s;
            String locator = "line " + s.getLocation().getLineNumber();
            Element root = copyOf(s);
            Deque<Element> stack = new ArrayDeque<>();
            stack.push(root);
            // the chunks of one text node, joined before they become a JDOM text (a chunk may end inside a surrogate pair)
            StringBuilder text = new StringBuilder();
            long chars = 0;
            String tooBig = null;
            int depth = 1;
            while (depth > 0) {
                XMLEvent e = xml.nextEvent();
                if (e.isStartElement()) {
                    depth++;
                    if (tooBig == null && depth > MAX_ENTRY_DEPTH) {
                        tooBig = "elements nested deeper than " + MAX_ENTRY_DEPTH;
                    }
                    if (tooBig == null) {
                        flush(text, stack.peek());
                        Element child = copyOf(e.asStartElement());
                        stack.peek().addContent(child);
                        stack.push(child);
                    }
                } else if (e.isEndElement()) {
                    depth--;
                    if (tooBig == null) {
                        flush(text, stack.pop());
                    }
                } else if (e.isCharacters() && tooBig == null) {
                    Characters c = e.asCharacters();
                    chars += c.getData().length();
                    if (chars > MAX_ENTRY_CHARS) {
                        tooBig = "more than " + (MAX_ENTRY_CHARS >> 20) + " MiB of text";
                        text.setLength(0);
                    } else if (!c.isIgnorableWhiteSpace()) {
                        text.append(c.getData());
                    }
                }
            }
            currentEntry = null;
            if (tooBig != null) {
                run.context().skipped(file, locator, "entry has " + tooBig);
                return;
            }
            PressRun.Article article;
            try {
                article = article(root, locator);
            } catch (FeedException | RuntimeException e) {
                // Rome and JDOM reject some odd but well-formed entries with unchecked exceptions
                run.context().skipped(file, locator, "Rome cannot read this entry: " + e.getMessage());
                return;
            }
            if (article != null) {
                run.emit(file, article);
            }
        }

        private static void flush(StringBuilder text, Element into) {
            if (text.length() > 0) {
                into.addContent(text.toString());
                text.setLength(0);
            }
        }

        private PressRun.Article article(Element entry, String locator) throws FeedException {
            Element top = null;
            Element container = null;
            Iterator<StartElement> ancestors = open.descendingIterator();
            while (ancestors.hasNext()) {
                Element copy = copyOf(ancestors.next());
                if (top == null) {
                    top = copy;
                } else {
                    container.addContent(copy);
                }
                container = copy;
            }
            if (kind == Kind.RDF) {
                // Rome's RSS 1.0 parser expects the channel element next to the items
                container.addContent(new Element("channel", Namespace.getNamespace(RSS_10)));
            }
            container.addContent(entry);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(new Document(top));
            if (feed.getEntries().isEmpty()) {
                run.context().skipped(file, locator, "Rome found no entry here");
                return null;
            }
            SyndEntry e = feed.getEntries().get(0);

            String guid = kind == Kind.ATOM ? childText(entry, "id", entry.getNamespaceURI()) : childText(entry, "guid", "");
            if (kind == Kind.RDF && guid == null) {
                guid = entry.getAttributeValue("about", Namespace.getNamespace(RDF));
            }
            String[] published = firstOf(entry,
                    new String[] {"pubDate", ""}, new String[] {"published", ATOM}, new String[] {"issued", ATOM_03},
                    new String[] {"created", ATOM_03}, new String[] {"date", DC}, new String[] {"issued", DC_TERMS});
            String[] modified = firstOf(entry,
                    new String[] {"updated", ATOM}, new String[] {"modified", ATOM_03}, new String[] {"modified", DC_TERMS});

            String url = PressUrls.httpUrl(e.getLink(), firstNonNull(xmlBase(entry), channelLink));
            if (url == null && guid != null && isPermalink(entry)) {
                url = PressUrls.httpUrl(guid);
            }
            String html = null;
            String body = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    html = c.getValue();
                    body = contentText(c);
                    break;
                }
            }
            if (body == null && e.getDescription() != null) {
                html = e.getDescription().getValue();
                body = contentText(e.getDescription());
            }
            String title = e.getTitleEx() != null ? contentLine(e.getTitleEx()) : HtmlText.line(e.getTitle());
            Set<String> byline = new LinkedHashSet<>();
            for (SyndPerson p : e.getAuthors()) {
                if (p.getName() != null && !p.getName().isBlank()) {
                    byline.add(p.getName().strip());
                }
            }
            if (byline.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
                byline.add(e.getAuthor().strip());
            }
            List<MediaRef> media = new ArrayList<>();
            for (SyndEnclosure en : e.getEnclosures()) {
                String u = PressUrls.httpUrl(en.getUrl());
                if (u != null) {
                    String mime = en.getType() == null ? null : en.getType().strip().toLowerCase(Locale.ROOT);
                    MediaRef m = MediaRef.of(mediaType(mime)).withUrl(u).withMimeType(mime);
                    media.add(en.getLength() > 0 ? m.withSizeBytes(en.getLength()) : m);
                }
            }
            List<String> links = HtmlText.fragmentLinks(html, url);
            return new PressRun.Article(locator, url, guid, false, null, null, title, body, links, media,
                    published[0], published[1], modified[0], modified[1], new ArrayList<>(byline), channelTitle, channelLink);
        }

        /** The entry's {@code xml:base}, resolved through its ancestors' ({@code null} when none is set). */
        private String xmlBase(Element entry) {
            String base = null;
            Iterator<StartElement> ancestors = open.descendingIterator();
            List<String> chain = new ArrayList<>();
            while (ancestors.hasNext()) {
                javax.xml.stream.events.Attribute a = ancestors.next().getAttributeByName(new QName(XML_NS, "base"));
                if (a != null) {
                    chain.add(a.getValue());
                }
            }
            String own = entry.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (own != null) {
                chain.add(own);
            }
            for (String b : chain) {
                base = base == null ? PressUrls.httpUrl(b) : PressUrls.httpUrl(b, base);
            }
            return base;
        }

        private boolean isPermalink(Element entry) {
            if (kind != Kind.RSS) {
                return false;
            }
            Element g = entry.getChild("guid");
            return g != null && !"false".equalsIgnoreCase(g.getAttributeValue("isPermaLink"));
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String[] firstOf(Element entry, String[]... names) {
        for (String[] n : names) {
            String v = childText(entry, n[0], n[1]);
            if (v != null) {
                String label = switch (n[1]) {
                    case DC -> "dc:";
                    case DC_TERMS -> "dcterms:";
                    case ATOM, ATOM_03 -> entry.getNamespaceURI().equals(n[1]) ? "" : "atom:";
                    default -> "";
                };
                return new String[] {v, label + n[0]};
            }
        }
        return new String[] {null, null};
    }

    private static String childText(Element entry, String local, String ns) {
        Element c = entry.getChild(local, ns.isEmpty() ? Namespace.NO_NAMESPACE : Namespace.getNamespace(ns));
        if (c == null) {
            return null;
        }
        String t = c.getTextNormalize();
        return t.isEmpty() ? null : t;
    }

    private static String contentText(SyndContent c) {
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return HtmlText.tidy(c.getValue());
        }
        return HtmlText.fragmentText(c.getValue());
    }

    private static String contentLine(SyndContent c) {
        String v = c.getValue();
        if (v == null) {
            return null;
        }
        String type = c.getType() == null ? "text" : c.getType().toLowerCase(Locale.ROOT);
        return type.contains("html") ? HtmlText.line(HtmlText.fragmentText(v)) : HtmlText.line(v);
    }

    private static String mediaType(String mime) {
        if (mime == null) {
            return "file";
        }
        if (mime.startsWith("image/")) {
            return "photo";
        }
        if (mime.startsWith("video/")) {
            return "video";
        }
        return mime.startsWith("audio/") ? "audio" : "file";
    }

    private static String attr(StartElement s, String local) {
        javax.xml.stream.events.Attribute a = s.getAttributeByName(new QName(local));
        return a == null ? null : a.getValue();
    }

    /** A childless JDOM copy of a start tag: name, namespace declarations and attributes. */
    private static Element copyOf(StartElement s) {
        QName q = s.getName();
        Element e = new Element(q.getLocalPart(), Namespace.getNamespace(q.getPrefix(), q.getNamespaceURI()));
        for (Iterator<javax.xml.stream.events.Namespace> it = s.getNamespaces(); it.hasNext(); ) {
            javax.xml.stream.events.Namespace n = it.next();
            Namespace decl = Namespace.getNamespace(n.getPrefix() == null ? "" : n.getPrefix(), n.getNamespaceURI());
            if (!decl.getPrefix().equals(e.getNamespacePrefix())) {
                e.addNamespaceDeclaration(decl);
            }
        }
        for (Iterator<javax.xml.stream.events.Attribute> it = s.getAttributes(); it.hasNext(); ) {
            javax.xml.stream.events.Attribute a = it.next();
            QName an = a.getName();
            Namespace ans = an.getNamespaceURI().isEmpty() ? Namespace.NO_NAMESPACE
                    : Namespace.getNamespace(an.getPrefix(), an.getNamespaceURI());
            e.setAttribute(new Attribute(an.getLocalPart(), a.getValue(), ans));
        }
        return e;
    }
}
