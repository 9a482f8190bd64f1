package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.Durations;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Landmark;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.model.TimeWindow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds small cases for the chronology tests: items, sheet rows and importer clues. */
final class Cases {
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final double LAT = 43.2383;
    static final double LON = 76.9456;
    static final Landmark REPUBLIC_SQUARE = new Landmark("republic-square", "Republic Square", List.of("Respublika alany"),
            new GeoPoint(LAT, LON), 150);

    private final ZoneId zone;
    private final List<EvidenceItem> items = new ArrayList<>();
    private final List<Clue> sheet = new ArrayList<>();
    private TimeWindow range;
    private int line = 1;

    private Cases(ZoneId zone) {
        this.zone = zone;
    }

    static Cases in(ZoneId zone) {
        return new Cases(zone);
    }

    static Cases almaty() {
        return new Cases(ALMATY);
    }

    /** A video without media duration, carrying the given importer clues ({@code kind=value}). */
    Cases item(String id, String... importerClues) {
        return item(id, null, importerClues);
    }

    /** A video of the given length in seconds (null: unknown), carrying importer clues {@code kind=value[~tolerance]}. */
    Cases item(String id, Double seconds, String... importerClues) {
        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO);
        if (seconds != null) {
            b.media(MediaRef.of("video").withDurationSeconds(seconds));
        }
        for (String c : importerClues) {
            int eq = c.indexOf('=');
            String kind = c.substring(0, eq);
            String value = c.substring(eq + 1);
            String tolerance = null;
            int tilde = value.indexOf('~');
            if (tilde >= 0) {
                tolerance = value.substring(tilde + 1);
                value = value.substring(0, tilde);
            }
            b.clue(Clue.fromImporter(id, kind, value, tolerance == null ? null : Durations.parse(tolerance), "telegram", null));
        }
        items.add(b.build());
        return this;
    }

    /** A row of clues.csv (the header is line 1, so rows are numbered from 2). */
    Cases clue(String item, String kind, String value, String tolerance, String note) {
        line++;
        sheet.add(new Clue("clues.csv:" + line, item, kind, value, tolerance == null ? null : Durations.parse(tolerance), note,
                "analyst-a"));
        return this;
    }

    Cases clue(String item, String kind, String value) {
        return clue(item, kind, value, null, null);
    }

    Cases clue(String item, String kind, String value, String tolerance) {
        return clue(item, kind, value, tolerance, null);
    }

    Cases range(String earliest, String latest) {
        range = new TimeWindow(Instant.parse(earliest), Instant.parse(latest));
        return this;
    }

    Case build() {
        return new Case("test", zone, null, range, items, sheet, List.of(REPUBLIC_SQUARE), null, null, null);
    }

    AnalysisResult run() {
        return new ChronologyAnalysis().analyze(build(), AnalysisResult.EMPTY);
    }

    static TimeWindow window(AnalysisResult r, String item) {
        return r.windows().get(item).window();
    }

    static ItemWindow itemWindow(AnalysisResult r, String item) {
        return r.windows().get(item);
    }

    static TimeWindow utc(String earliest, String latest) {
        return new TimeWindow(earliest == null ? null : Instant.parse(earliest), latest == null ? null : Instant.parse(latest));
    }
}
