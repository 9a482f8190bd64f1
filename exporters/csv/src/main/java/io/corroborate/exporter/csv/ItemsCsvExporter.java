package io.corroborate.exporter.csv;

import io.corroborate.model.ItemStatus;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Place;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code items.csv}, the verification sheet: one row per item, sorted by id, with where it came
 * from, its window and place, its {@link ItemStatus}, incident and repost group. Columns and
 * conventions: docs/outputs.md. Stateless; the context owns the stream.
 */
public final class ItemsCsvExporter implements Exporter {
    public static final String FILE = "items.csv";
    public static final List<String> HEADER = List.of("id", "platform", "kind", "url", "title", "author", "author_id",
            "published_local", "published_utc", "earliest_local", "latest_local", "earliest_utc", "latest_utc",
            "place", "lat", "lon", "radius_m", "status", "incident", "repost_group", "first_upload");

    @Override
    public String id() {
        return "items-csv";
    }

    @Override
    public String description() {
        return "items.csv: the verification sheet, one row per item with window, place, status, incident and repost group";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        List<List<String>> rows = rows(context.theCase(), context.result());
        context.writeText(FILE, out -> {
            CSVPrinter printer = CsvSheet.open(out, context.profile(), HEADER);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
            printer.flush();
        });
    }

    static List<List<String>> rows(Case theCase, AnalysisResult result) {
        CaseView view = new CaseView(result);
        ZoneId zone = theCase.zone();
        List<EvidenceItem> items = new ArrayList<>(theCase.items());
        items.sort(Comparator.comparing(EvidenceItem::id));
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceItem i : items) {
            TimeWindow w = result.windowOf(i.id());
            Place p = result.places().get(i.id());
            RepostGroup g = view.repostGroup(i.id());
            rows.add(List.of(CsvCells.text(i.id()), i.platform().id(), i.kind().id(), CsvCells.text(i.url()),
                    CsvCells.text(CaseView.title(i)),
                    i.author() == null ? "" : CsvCells.text(i.author().name()),
                    i.author() == null ? "" : CsvCells.text(i.author().id()),
                    Cells.local(i.publishedAt(), zone), Cells.utc(i.publishedAt()),
                    Cells.local(w.earliest(), zone), Cells.localCeiling(w.latest(), zone), Cells.utc(w.earliest()), Cells.utc(w.latest()),
                    p == null ? "" : CsvCells.text(p.label()),
                    p == null ? "" : Cells.coordinate(p.point().lat()),
                    p == null ? "" : Cells.coordinate(p.point().lon()),
                    p == null ? "" : Cells.number(p.radiusMetres()),
                    view.status(i.id()).id(),
                    CsvCells.text(String.join("; ", view.incidents(i.id()))),
                    g == null ? "" : CsvCells.text(g.id()),
                    g == null ? "" : CsvCells.text(g.firstUpload())));
        }
        return rows;
    }
}
