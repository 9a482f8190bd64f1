package io.corroborate.exporter.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.Place;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code map.geojson}: an RFC 7946 FeatureCollection with one Point per placed item and one per
 * placed incident, {@code [lon, lat]} rounded to six decimals, and the same properties on every
 * feature so that a GIS can style by them (docs/outputs.md). Stateless; the context owns the stream.
 */
public final class GeoJsonExporter implements Exporter {
    public static final String FILE = "map.geojson";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public String id() {
        return "geojson";
    }

    @Override
    public String description() {
        return "map.geojson: placed items and incidents as RFC 7946 points with window, status, forces and casualties";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        Case c = context.theCase();
        AnalysisResult r = context.result();
        Profile profile = context.profile();
        context.writeText(FILE, out -> write(out, c, r, profile));
    }

    private static void write(Writer out, Case c, AnalysisResult r, Profile profile) throws IOException {
        MapFacts facts = new MapFacts(r);
        ZoneId zone = c.zone();
        String notice = profile == Profile.PUBLIC ? Profile.PUBLIC_NOTICE : null;
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indent).withArrayIndenter(indent));
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            // foreign members (RFC 7946 section 6.1): who wrote it, and for whom
            if (notice != null) {
                g.writeStringField("corroborate:profile", profile.id());
                g.writeStringField("corroborate:notice", notice);
            }
            g.writeStringField("name", c.name());
            g.writeStringField("corroborate:timeZone", zone.getId());
            g.writeArrayFieldStart("features");
            List<Incident> incidents = new ArrayList<>(r.incidents());
            incidents.sort(Comparator.comparing(Incident::id));
            for (Incident i : incidents) {
                if (i.place() != null) {
                    incident(g, i, zone, notice);
                }
            }
            List<EvidenceItem> items = new ArrayList<>(c.items());
            items.sort(Comparator.comparing(EvidenceItem::id));
            for (EvidenceItem i : items) {
                Place p = r.places().get(i.id());
                if (p != null) {
                    item(g, i, p, r.windowOf(i.id()), facts, zone, notice);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void item(JsonGenerator g, EvidenceItem item, Place p, TimeWindow w, MapFacts facts, ZoneId zone, String notice) throws IOException {
        start(g, item.id(), p);
        g.writeStringField("kind", "item");
        g.writeStringField("id", item.id());
        nullable(g, "title", MapFacts.title(item));
        g.writeStringField("platform", item.platform().id());
        nullable(g, "url", MapFacts.webUrl(item.url()));
        List<String> incidents = facts.incidents(item.id());
        nullable(g, "incident", incidents.isEmpty() ? null : String.join("; ", incidents));
        g.writeStringField("status", facts.status(item.id()));
        window(g, w, zone);
        List<String> forces = facts.forces(item.id());
        nullable(g, "forces", forces.isEmpty() ? null : String.join(", ", forces));
        g.writeNumberField("killed", facts.killed(item.id()));
        g.writeNumberField("injured", facts.injured(item.id()));
        g.writeNullField("items");
        end(g, p, notice);
    }

    private static void incident(JsonGenerator g, Incident i, ZoneId zone, String notice) throws IOException {
        start(g, i.id(), i.place());
        g.writeStringField("kind", "incident");
        g.writeStringField("id", i.id());
        nullable(g, "title", i.title());
        g.writeNullField("platform");
        g.writeNullField("url");
        g.writeStringField("incident", i.id());
        g.writeNullField("status");
        window(g, i.window(), zone);
        List<String> forces = MapFacts.forces(i);
        nullable(g, "forces", forces.isEmpty() ? null : String.join(", ", forces));
        g.writeNumberField("killed", i.casualties().killed());
        g.writeNumberField("injured", i.casualties().injured());
        g.writeNumberField("items", i.items().size());
        end(g, i.place(), notice);
    }

    private static void start(JsonGenerator g, String id, Place p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(MapFacts.coordinate(p.point().lon()));
        g.writeNumber(MapFacts.coordinate(p.point().lat()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
    }

    private static void end(JsonGenerator g, Place p, String notice) throws IOException {
        g.writeFieldName("radius_m");
        g.writeNumber(MapFacts.number(p.radiusMetres()));
        nullable(g, "place", p.name());
        if (notice != null) {
            g.writeStringField("notice", notice);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void window(JsonGenerator g, TimeWindow w, ZoneId zone) throws IOException {
        nullable(g, "earliest_utc", MapFacts.utc(w.earliest()));
        nullable(g, "latest_utc", MapFacts.utc(w.latest()));
        nullable(g, "earliest_local", MapFacts.local(w.earliest(), zone, false));
        nullable(g, "latest_local", MapFacts.local(w.latest(), zone, true));
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
