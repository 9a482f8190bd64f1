package io.corroborate.exporter.kml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.Objects;

/** A thin indenting layer over {@link XMLStreamWriter}; every text goes through {@link Markup#xml}. */
final class KmlWriter {
    static final String NS = "http://www.opengis.net/kml/2.2";

    private final XMLStreamWriter x;
    private int depth;

    KmlWriter(XMLStreamWriter x) {
        this.x = Objects.requireNonNull(x, "x is null");
    }

    void start(String name) throws XMLStreamException {
        newline();
        x.writeStartElement(NS, name);
        depth++;
    }

    void end() throws XMLStreamException {
        depth--;
        newline();
        x.writeEndElement();
    }

    /** An element holding only text; nothing is written when the text is null. */
    void leaf(String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        newline();
        x.writeStartElement(NS, name);
        x.writeCharacters(Markup.xml(text));
        x.writeEndElement();
    }

    /** {@code <Data name="..."><value>...</value></Data>} for ExtendedData; skipped when the value is null. */
    void data(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start("Data");
        x.writeAttribute("name", Markup.xml(name));
        leaf("value", value);
        end();
    }

    void attribute(String name, String value) throws XMLStreamException {
        x.writeAttribute(name, Markup.xml(value));
    }

    private void newline() throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
    }
}
