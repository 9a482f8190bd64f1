package io.corroborate.exporter.csv;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Place;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code chronology.csv}: one row per item and one per incident, sorted by earliest time (rows
 * whose window is open at the start last), ties by id. Columns and conventions: docs/outputs.md.
 * Stateless; the context owns the stream.
 */
public final class ChronologyCsvExporter implements Exporter {
    public static final String FILE = "chronology.csv";
    /** The first eight columns are fixed by the chronology issue; the rest are ours. */
    public static final List<String> HEADER = List.of("item", "earliest_local", "latest_local", "earliest_utc", "latest_utc",
            "place", "incident", "binding_clues", "row_type", "title", "platform", "url", "status", "lat", "lon");

    @Override
    public String id() {
        return "chronology-csv";
    }

    @Override
    public String description() {
        return "chronology.csv: every item and incident in time order, local (case zone) and UTC windows";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        List<Row> rows = rows(context.theCase(), context.result());
        ZoneId zone = context.theCase().zone();
        context.writeText(FILE, out -> {
            CSVPrinter printer = CsvSheet.open(out, context.profile(), HEADER);
            for (Row r : rows) {
                printer.printRecord(r.cells(zone));
            }
            printer.flush();
        });
    }

    static List<Row> rows(Case theCase, AnalysisResult result) {
        CaseView view = new CaseView(result);
        List<Row> rows = new ArrayList<>();
        for (EvidenceItem item : theCase.items()) {
            ItemWindow w = result.windows().get(item.id());
            rows.add(new Row(item.id(), "item", result.windowOf(item.id()), result.places().get(item.id()),
                    String.join("; ", view.incidents(item.id())), w == null ? "" : bindingClues(w), CaseView.title(item),
                    item.platform().id(), item.url(), view.status(item.id()).id()));
        }
        for (Incident i : result.incidents()) {
            rows.add(new Row(i.id(), "incident", i.window(), i.place(), i.id(), "", i.title(), "", null, ""));
        }
        rows.sort(Comparator.comparing((Row r) -> r.window().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::id).thenComparing(Row::rowType));
        return rows;
    }

    /** {@code earliest: a, b; latest: c}: which clues bind each bound, a part left out when none does. */
    static String bindingClues(ItemWindow w) {
        List<String> parts = new ArrayList<>();
        if (!w.earliestBoundBy().isEmpty()) {
            parts.add("earliest: " + String.join(", ", w.earliestBoundBy()));
        }
        if (!w.latestBoundBy().isEmpty()) {
            parts.add("latest: " + String.join(", ", w.latestBoundBy()));
        }
        return String.join("; ", parts);
    }

    /** One line of the chronology; text fields are raw and neutralised when written. */
    record Row(String id, String rowType, TimeWindow window, Place place, String incident, String binding, String title,
               String platform, String url, String status) {
        List<String> cells(ZoneId zone) {
            Instant e = window.earliest();
            Instant l = window.latest();
            return List.of(CsvCells.text(id), Cells.local(e, zone), Cells.localCeiling(l, zone), Cells.utc(e), Cells.utc(l),
                    place == null ? "" : CsvCells.text(place.label()), CsvCells.text(incident), CsvCells.text(binding),
                    rowType, CsvCells.text(title), platform, CsvCells.text(url), status,
                    place == null ? "" : Cells.coordinate(place.point().lat()),
                    place == null ? "" : Cells.coordinate(place.point().lon()));
        }
    }
}
