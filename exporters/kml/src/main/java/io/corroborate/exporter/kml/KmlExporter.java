package io.corroborate.exporter.kml;

import io.corroborate.model.ItemStatus;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code case.kml} (KML 2.2) for Google Earth: a Folder per incident holding the incident and
 * its placed items, then a Folder "Other items"; each Placemark has a {@code TimeSpan} in UTC so the
 * time slider works, an escaped HTML description, ExtendedData for GIS tools, and a colour per
 * incident. Written with the JDK's {@link XMLStreamWriter}; never CDATA. Stateless; the context owns
 * the stream.
 */
public final class KmlExporter implements Exporter {
    public static final String FILE = "case.kml";
    public static final String OTHER_ITEMS = "Other items";

    /** KML colours are aabbggrr; eight that stay apart on satellite imagery, reused in turn. */
    private static final List<String> PALETTE = List.of("ff3c14dc", "ff00a5ff", "ff00d7ff", "ff32cd32", "ffffbf00",
            "ffff6b1e", "ffd355ba", "ff8080f0");
    private static final String OTHER_COLOUR = "ffa0a0a0";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @Override
    public String id() {
        return "kml";
    }

    @Override
    public String description() {
        return "case.kml: incidents and placed items for Google Earth, one folder per incident, with time spans";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        Case c = context.theCase();
        AnalysisResult r = context.result();
        Profile profile = context.profile();
        context.writeText(FILE, out -> {
            try {
                write(out, c, r, profile);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write " + FILE + ": " + e.getMessage(), e);
            }
        });
    }

    private static void write(Writer out, Case c, AnalysisResult r, Profile profile) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        KmlWriter k = new KmlWriter(x);
        x.writeStartDocument("UTF-8", "1.0");
        x.setDefaultNamespace(KmlWriter.NS);
        k.start("kml");
        x.writeDefaultNamespace(KmlWriter.NS);
        k.start("Document");
        k.leaf("name", c.name());
        k.leaf("open", "1");
        k.leaf("description", profile == Profile.PUBLIC ? Profile.PUBLIC_NOTICE
                : "Corroborate case. Time spans are UTC; local times in descriptions are " + c.zone().getId() + ".");

        List<Incident> incidents = new ArrayList<>(r.incidents());
        incidents.sort(Comparator.comparing((Incident i) -> i.window().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Incident::id));
        // style ids come from the folder order, not from incident ids, which need not be valid XML ids
        Map<String, String> styleOf = new LinkedHashMap<>();
        for (int n = 0; n < incidents.size(); n++) {
            String style = "incident-" + (n + 1);
            styleOf.put(incidents.get(n).id(), style);
            style(k, style, PALETTE.get(n % PALETTE.size()));
        }
        style(k, "other", OTHER_COLOUR);

        Map<String, EvidenceItem> byId = c.itemsById();
        Map<String, List<Observation>> observed = new LinkedHashMap<>();
        incidents.forEach(i -> i.observations().forEach(o -> observed.computeIfAbsent(o.item(), key -> new ArrayList<>()).add(o)));
        TreeSet<String> inAFolder = new TreeSet<>();
        for (Incident i : incidents) {
            k.start("Folder");
            k.leaf("name", i.title() != null ? i.title() : i.id());
            k.leaf("description", Markup.html(incidentSummary(i, c.zone())));
            if (i.place() != null) {
                incidentPlacemark(k, i, styleOf.get(i.id()), c.zone());
            }
            for (String id : new TreeSet<>(i.items())) {
                EvidenceItem item = byId.get(id);
                Place p = r.places().get(id);
                if (item != null && p != null) {
                    itemPlacemark(k, item, p, r, observed, styleOf.get(i.id()), c.zone());
                    inAFolder.add(id);
                }
            }
            k.end();
        }
        k.start("Folder");
        k.leaf("name", OTHER_ITEMS);
        for (EvidenceItem item : c.items().stream().sorted(Comparator.comparing(EvidenceItem::id)).toList()) {
            Place p = r.places().get(item.id());
            if (p != null && !inAFolder.contains(item.id())) {
                itemPlacemark(k, item, p, r, observed, "other", c.zone());
            }
        }
        k.end();
        k.end();
        k.end();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    private static void style(KmlWriter k, String id, String colour) throws XMLStreamException {
        k.start("Style");
        k.attribute("id", id);
        k.start("IconStyle");
        k.leaf("color", colour);
        k.leaf("scale", "1.1");
        k.end();
        k.start("LabelStyle");
        k.leaf("scale", "0.8");
        k.end();
        k.end();
    }

    private static void incidentPlacemark(KmlWriter k, Incident i, String style, ZoneId zone) throws XMLStreamException {
        k.start("Placemark");
        k.leaf("name", i.title() != null ? i.title() : i.id());
        StringBuilder d = new StringBuilder();
        line(d, "Incident", Markup.html(i.id()));
        line(d, "Recorded (" + Markup.html(zone.getId()) + ")", Markup.html(range(local(i.window().earliest(), zone, false), local(i.window().latest(), zone, true))));
        line(d, "Recorded (UTC)", Markup.html(range(utc(i.window().earliest()), utc(i.window().latest()))));
        line(d, "Place", Markup.html(placeLabel(i.place())));
        line(d, "Casualties", Markup.html(i.casualties().label()));
        line(d, "Observed", Markup.html(String.join("; ", i.observations().stream().map(Observation::label).distinct().sorted().toList())));
        line(d, "Items", String.valueOf(i.items().size()));
        k.leaf("description", d.toString());
        timeSpan(k, i.window());
        k.leaf("styleUrl", "#" + style);
        k.start("ExtendedData");
        k.data("kind", "incident");
        k.data("id", i.id());
        k.data("earliest_utc", utc(i.window().earliest()));
        k.data("latest_utc", utc(i.window().latest()));
        k.data("killed", String.valueOf(i.casualties().killed()));
        k.data("injured", String.valueOf(i.casualties().injured()));
        k.end();
        point(k, i.place());
        k.end();
    }

    private static void itemPlacemark(KmlWriter k, EvidenceItem item, Place p, AnalysisResult r, Map<String, List<Observation>> observed,
                                      String style, ZoneId zone) throws XMLStreamException {
        TimeWindow w = r.windowOf(item.id());
        String status = status(r.windows().get(item.id()), p);
        String forces = String.join(", ", new TreeSet<>(observed.getOrDefault(item.id(), List.of()).stream().map(Observation::force).toList()));
        String url = webUrl(item.url());
        k.start("Placemark");
        k.leaf("name", item.id());
        StringBuilder d = new StringBuilder();
        if (item.title() != null) {
            d.append("<b>").append(Markup.htmlLines(item.title())).append("</b><br>");
        }
        line(d, "Platform", Markup.html(item.platform().id() + " " + item.kind().id()));
        if (item.author() != null) {
            line(d, "Author", Markup.html(item.author().name() != null ? item.author().name() : item.author().id()));
        }
        line(d, "Published (UTC)", Markup.html(utc(item.publishedAt())));
        line(d, "Recorded (" + Markup.html(zone.getId()) + ")", Markup.html(range(local(w.earliest(), zone, false), local(w.latest(), zone, true))));
        line(d, "Recorded (UTC)", Markup.html(range(utc(w.earliest()), utc(w.latest()))));
        line(d, "Status", status);
        line(d, "Place", Markup.html(placeLabel(p)));
        line(d, "Forces", Markup.html(forces));
        if (url != null) {
            line(d, "Link", "<a href=\"" + Markup.html(url) + "\">" + Markup.html(url) + "</a>");
        }
        if (item.text() != null) {
            d.append("<p>").append(Markup.htmlLines(item.text())).append("</p>");
        }
        k.leaf("description", d.toString());
        timeSpan(k, w);
        k.leaf("styleUrl", "#" + style);
        k.start("ExtendedData");
        k.data("kind", "item");
        k.data("id", item.id());
        k.data("platform", item.platform().id());
        k.data("status", status);
        k.data("earliest_utc", utc(w.earliest()));
        k.data("latest_utc", utc(w.latest()));
        k.data("earliest_local", local(w.earliest(), zone, false));
        k.data("latest_local", local(w.latest(), zone, true));
        k.data("forces", forces.isEmpty() ? null : forces);
        k.data("radius_m", number(p.radiusMetres()));
        k.end();
        point(k, p);
        k.end();
    }

    /** KML reads an absent begin or end as open on that side; no TimeSpan at all means "always shown". */
    private static void timeSpan(KmlWriter k, TimeWindow w) throws XMLStreamException {
        if (w.earliest() == null && w.latest() == null) {
            return;
        }
        k.start("TimeSpan");
        k.leaf("begin", utc(w.earliest()));
        k.leaf("end", utc(w.latest()));
        k.end();
    }

    private static void point(KmlWriter k, Place p) throws XMLStreamException {
        k.start("Point");
        k.leaf("coordinates", coordinate(p.point().lon()) + "," + coordinate(p.point().lat()));
        k.end();
    }

    private static void line(StringBuilder d, String label, String htmlValue) {
        if (htmlValue == null || htmlValue.isEmpty()) {
            return;
        }
        d.append("<b>").append(label).append(":</b> ").append(htmlValue).append("<br>");
    }

    private static String incidentSummary(Incident i, ZoneId zone) {
        return range(local(i.window().earliest(), zone, false), local(i.window().latest(), zone, true)) + " (" + zone.getId() + "), "
                + i.items().size() + (i.items().size() == 1 ? " item, " : " items, ") + i.casualties().label();
    }

    private static String range(String from, String to) {
        if (from == null && to == null) {
            return "unknown";
        }
        return (from == null ? "…" : from) + " – " + (to == null ? "…" : to);
    }

    private static String placeLabel(Place p) {
        return p.label() + " (± " + number(p.radiusMetres()) + " m)";
    }

    /** The same status words as items.csv (docs/outputs.md). */
    static String status(ItemWindow w, Place p) {
        return ItemStatus.of(w, p).id();
    }

    /** Only web links become clickable; a {@code javascript:} URL stays out of the balloon. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }

    static String utc(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    static String local(Instant t, ZoneId zone, boolean upperBound) {
        if (t == null) {
            return null;
        }
        Instant s = t.truncatedTo(ChronoUnit.SECONDS);
        if (upperBound && !s.equals(t)) {
            s = s.plusSeconds(1);
        }
        ZonedDateTime z = s.atZone(zone);
        return (z.getSecond() == 0 ? MINUTES : SECONDS).format(z);
    }

    static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
