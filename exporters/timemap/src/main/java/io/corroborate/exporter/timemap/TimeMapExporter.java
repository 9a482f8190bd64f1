package io.corroborate.exporter.timemap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.corroborate.model.ItemStatus;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.Profile;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code timemap/events.json}, {@code timemap/sources.json} and {@code timemap/associations.json}
 * in the shape Forensic Architecture's TimeMap validates ({@code src/reducers/validate/*Schema.js}):
 * events with {@code MM/DD/YYYY} dates and {@code HH:mm} times in the case's local zone, coordinates as
 * strings, sources keyed by id, categories and filters as associations. Only the keys those schemas
 * allow are written, since TimeMap drops a record with an unknown key. See docs/timemap.md.
 * Stateless; the context owns the streams.
 */
public final class TimeMapExporter implements Exporter {
    public static final String EVENTS = "timemap/events.json";
    public static final String SOURCES = "timemap/sources.json";
    public static final String ASSOCIATIONS = "timemap/associations.json";
    static final String PROFILE_ID = "corroborate-profile";
    static final String NO_INCIDENT = "category:no-incident";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final ObjectWriter WRITER = writer();

    @Override
    public String id() {
        return "timemap";
    }

    @Override
    public String description() {
        return "timemap/: events, sources and associations for Forensic Architecture's TimeMap (local times of the case zone)";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        Case c = context.theCase();
        AnalysisResult r = context.result();
        boolean pub = context.profile() == Profile.PUBLIC;
        Model m = new Model(c, r, pub);
        write(context, EVENTS, m.events);
        write(context, SOURCES, m.sources);
        write(context, ASSOCIATIONS, m.associations);
    }

    private static void write(ExportContext context, String name, Object value) throws IOException {
        context.writeText(name, out -> {
            WRITER.writeValue(out, value);
            out.write('\n');
        });
    }

    private static ObjectWriter writer() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indent).withArrayIndenter(indent);
        return JsonMapper.builder().build().writer(pretty).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private record Pending(Instant at, String id, Map<String, Object> event) {
    }

    /** The three documents, built together so that events only name associations and sources that exist. */
    private static final class Model {
        final List<Map<String, Object>> events = new ArrayList<>();
        final Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        final List<Map<String, Object>> associations = new ArrayList<>();
        private final Map<String, Map<String, Object>> categories = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> filters = new TreeMap<>();
        private final ZoneId zone;

        Model(Case c, AnalysisResult r, boolean pub) {
            zone = c.zone();
            String notice = pub ? Profile.PUBLIC_NOTICE : null;
            List<Incident> incidents = new ArrayList<>(r.incidents());
            incidents.sort(Comparator.comparing((Incident i) -> i.window().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Incident::id));
            Map<String, String> categoryOfItem = new TreeMap<>();
            Map<String, TreeSet<String>> forcesOfItem = new TreeMap<>();
            for (Incident i : incidents) {
                category(categoryId(i), i.title() != null ? i.title() : i.id(), summary(i));
                for (String item : i.items()) {
                    categoryOfItem.putIfAbsent(item, categoryId(i));
                }
                for (Observation o : i.observations()) {
                    forcesOfItem.computeIfAbsent(o.item(), k -> new TreeSet<>()).add(o.force());
                }
            }

            Map<String, EvidenceItem> byId = c.itemsById();
            List<Pending> unsorted = new ArrayList<>();
            for (Incident i : incidents) {
                Instant at = pointInTime(i.window());
                if (at == null) {
                    continue;
                }
                List<String> assoc = new ArrayList<>();
                assoc.add(categoryId(i));
                assoc.add(filter("type", "Event type", "incident"));
                new TreeSet<>(i.observations().stream().map(Observation::force).toList()).forEach(f -> assoc.add(filter("force", "Force", f)));
                List<String> srcs = i.items().stream().filter(byId::containsKey).sorted().toList();
                unsorted.add(new Pending(at, i.id(), event(i.id(), incidentDescription(i), at, i.place(), categoryId(i), assoc, srcs, notice)));
            }
            for (EvidenceItem item : c.items()) {
                ItemWindow w = r.windows().get(item.id());
                TimeWindow tw = r.windowOf(item.id());
                Instant at = pointInTime(tw);
                if (at == null) {
                    continue;
                }
                Place p = r.places().get(item.id());
                String category = categoryOfItem.get(item.id());
                if (category == null) {
                    category(NO_INCIDENT, "Items outside any incident", "Items that no incident groups.");
                    category = NO_INCIDENT;
                }
                List<String> assoc = new ArrayList<>();
                assoc.add(category);
                assoc.add(filter("type", "Event type", "item"));
                assoc.add(filter("platform", "Platform", item.platform().id()));
                assoc.add(filter("status", "Status", status(w, p)));
                forcesOfItem.getOrDefault(item.id(), new TreeSet<>()).forEach(f -> assoc.add(filter("force", "Force", f)));
                unsorted.add(new Pending(at, item.id(), event(item.id(), itemDescription(item, tw, status(w, p)), at, p, category, assoc,
                        List.of(item.id()), notice)));
            }
            unsorted.sort(Comparator.comparing(Pending::at).thenComparing(Pending::id));
            unsorted.forEach(e -> events.add(e.event()));

            if (notice != null) {
                sources.put(PROFILE_ID, source(PROFILE_ID, "Public profile", List.of(), "", "", notice, "", ""));
                associations.add(association(PROFILE_ID, "Public profile", notice, "FILTER", List.of("Public profile")));
            }
            c.items().stream().sorted(Comparator.comparing(EvidenceItem::id)).forEach(item -> sources.put(item.id(), source(item, zone)));
            associations.addAll(categories.values());
            associations.addAll(filters.values());
        }

        private static String categoryId(Incident i) {
            return "category:" + i.id();
        }

        private void category(String id, String title, String desc) {
            categories.putIfAbsent(id, association(id, title, desc, "CATEGORY", List.of()));
        }

        /** The id of a filter association {@code group:value}, registering it on first use. */
        private String filter(String group, String groupTitle, String value) {
            String id = group + ":" + value;
            filters.putIfAbsent(id, association(id, value, groupTitle + ": " + value, "FILTER", List.of(groupTitle, value)));
            return id;
        }

        private Map<String, Object> event(String id, String description, Instant at, Place p, String category,
                                          List<String> assoc, List<String> srcs, String notice) {
            ZonedDateTime local = at.atZone(zone);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", id);
            e.put("description", description);
            e.put("date", DATE.format(local));
            e.put("time", TIME.format(local));
            e.put("location", p == null ? "" : p.label());
            // TimeMap calls replace() on both, so they must be strings even when empty
            e.put("latitude", p == null ? "" : coordinate(p.point().lat()));
            e.put("longitude", p == null ? "" : coordinate(p.point().lon()));
            e.put("category", category);
            e.put("associations", assoc);
            e.put("sources", srcs);
            if (notice != null) {
                e.put("comments", notice);
            }
            return e;
        }

        private String itemDescription(EvidenceItem item, TimeWindow w, String status) {
            StringBuilder b = new StringBuilder();
            String title = item.title() != null ? item.title() : item.text();
            if (title != null) {
                b.append(title.strip()).append("\n\n");
            }
            b.append("Recorded ").append(range(w)).append(". ");
            b.append(item.platform().id()).append(' ').append(item.kind().id()).append(", ").append(status).append('.');
            return b.toString();
        }

        private String incidentDescription(Incident i) {
            return (i.title() != null ? i.title() + "\n\n" : "") + summary(i);
        }

        private String summary(Incident i) {
            int n = i.items().size();
            return "Recorded " + range(i.window()) + ". " + n + (n == 1 ? " item; " : " items; ") + i.casualties().label() + ".";
        }

        /** {@code between 2022-01-05 15:05 and 15:20 (Asia/Almaty)} in the case zone. */
        private String range(TimeWindow w) {
            String e = w.earliest() == null ? null : LOCAL.format(w.earliest().truncatedTo(ChronoUnit.MINUTES).atZone(zone));
            String l = w.latest() == null ? null : LOCAL.format(ceilMinute(w.latest()).atZone(zone));
            String z = " (" + zone.getId() + ")";
            if (e != null && l != null) {
                return "between " + e + " and " + l + z;
            }
            return e != null ? "after " + e + z : "before " + l + z;
        }

        private static Map<String, Object> source(EvidenceItem item, ZoneId zone) {
            List<String> paths = new ArrayList<>();
            for (MediaRef m : item.media()) {
                String u = webUrl(m.url());
                if (u != null) {
                    paths.add(u);
                }
            }
            String author = item.author() == null ? "" : item.author().name() != null ? item.author().name() : item.author().id();
            return source(item.id(), item.title() != null ? item.title() : item.id(), paths, type(item),
                    nullToEmpty(webUrl(item.url())), nullToEmpty(item.text()),
                    item.publishedAt() == null ? "" : DATE.format(item.publishedAt().atZone(zone)), author);
        }

        private static Map<String, Object> source(String id, String title, List<String> paths, String type, String url,
                                                  String description, String date, String author) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", id);
            s.put("title", title);
            s.put("paths", paths);
            s.put("type", type);
            s.put("url", url);
            s.put("description", description);
            s.put("date", date);
            s.put("author", author);
            return s;
        }

        private static Map<String, Object> association(String id, String title, String desc, String mode, List<String> filterPaths) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", id);
            a.put("title", title);
            a.put("desc", desc);
            a.put("mode", mode);
            a.put("filter_paths", filterPaths);
            return a;
        }
    }

    /**
     * The instant an event is drawn at: a bounded window's midpoint, else its one known bound; none
     * when the window is open on both sides.
     */
    static Instant pointInTime(TimeWindow w) {
        if (w.isBounded()) {
            return w.earliest().plus(Duration.between(w.earliest(), w.latest()).dividedBy(2));
        }
        return w.earliest() != null ? w.earliest() : w.latest();
    }

    static String status(ItemWindow w, Place p) {
        return ItemStatus.of(w, p).id();
    }

    /** TimeMap's own media types ({@code typeForPath}): Video, Image, Text, Document. */
    static String type(EvidenceItem item) {
        return switch (item.kind()) {
            case VIDEO -> "Video";
            case PHOTO -> "Image";
            case ARTICLE -> "Document";
            case TEXT, STATEMENT -> "Text";
        };
    }

    /** Only web links: TimeMap renders urls as links, and a {@code javascript:} one must not become one. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }

    static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    private static Instant ceilMinute(Instant t) {
        Instant m = t.truncatedTo(ChronoUnit.MINUTES);
        return m.equals(t) ? t : m.plus(1, ChronoUnit.MINUTES);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
