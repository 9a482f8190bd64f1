package io.corroborate.exporter.geojson;

import io.corroborate.model.ItemStatus;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.Observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** What a map layer shows about items and incidents, derived once per export. */
final class MapFacts {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final int EXCERPT = 200;

    private final AnalysisResult result;
    private final Map<String, TreeSet<String>> incidentsByItem = new HashMap<>();
    private final Map<String, TreeSet<String>> forcesByItem = new HashMap<>();
    private final Map<String, Integer> killedByItem = new HashMap<>();
    private final Map<String, Integer> injuredByItem = new HashMap<>();

    MapFacts(AnalysisResult result) {
        this.result = result;
        for (Incident i : result.incidents()) {
            i.items().forEach(item -> incidentsByItem.computeIfAbsent(item, k -> new TreeSet<>()).add(i.id()));
            for (Observation o : i.observations()) {
                forcesByItem.computeIfAbsent(o.item(), k -> new TreeSet<>()).add(o.force());
            }
        }
        CasualtyCount all = result.casualties();
        if (all != null) {
            count(all.killedPeople(), killedByItem);
            count(all.injuredPeople(), injuredByItem);
        } else {
            // without a case total, count each person once per item across incidents
            Map<String, List<String>> killed = new HashMap<>();
            Map<String, List<String>> injured = new HashMap<>();
            for (Incident i : result.incidents()) {
                i.casualties().killedPeople().forEach((p, items) -> killed.computeIfAbsent(p, k -> new ArrayList<>()).addAll(items));
                i.casualties().injuredPeople().forEach((p, items) -> injured.computeIfAbsent(p, k -> new ArrayList<>()).addAll(items));
            }
            count(killed, killedByItem);
            count(injured, injuredByItem);
        }
    }

    private static void count(Map<String, List<String>> people, Map<String, Integer> byItem) {
        for (List<String> items : people.values()) {
            new TreeSet<>(items).forEach(item -> byItem.merge(item, 1, Integer::sum));
        }
    }

    List<String> incidents(String item) {
        return new ArrayList<>(incidentsByItem.getOrDefault(item, new TreeSet<>()));
    }

    /** Forces observed in the item, sorted: {@code live-fire, tear-gas}. */
    List<String> forces(String item) {
        return new ArrayList<>(forcesByItem.getOrDefault(item, new TreeSet<>()));
    }

    int killed(String item) {
        return killedByItem.getOrDefault(item, 0);
    }

    int injured(String item) {
        return injuredByItem.getOrDefault(item, 0);
    }

    /** The same status words as items.csv (docs/outputs.md). */
    String status(String item) {
        return ItemStatus.of(result.windows().get(item), result.places().get(item)).id();
    }

    static List<String> forces(Incident i) {
        TreeSet<String> f = new TreeSet<>();
        i.observations().forEach(o -> f.add(o.force()));
        return new ArrayList<>(f);
    }

    /** The item's title, or the first line of its text, at most 200 characters. */
    static String title(EvidenceItem item) {
        String t = item.title() != null ? item.title() : item.text();
        if (t == null) {
            return null;
        }
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).strip();
        if (line.length() <= EXCERPT) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(EXCERPT - 2)) ? EXCERPT - 2 : EXCERPT - 1;
        return line.substring(0, cut) + "…";
    }

    /** Only web links: a {@code javascript:} or {@code file:} URL must never become clickable in a map viewer. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }

    /** Local wall time in the case zone: {@code 2022-01-05 15:10}, {@code :ss} only when not zero. */
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

    static String utc(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** A coordinate rounded to six decimals (about 0.1 m), as a plain JSON number. */
    static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
