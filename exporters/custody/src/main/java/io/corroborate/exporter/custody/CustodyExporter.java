package io.corroborate.exporter.custody;

import io.corroborate.model.Hashes;
import io.corroborate.model.Profile;
import io.corroborate.model.SourceSummary;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code custody.csv}, the chain of custody: one {@code run} row that carries the run's start
 * time, then one row per source file (sha256, size, importer, records imported and skipped; the host
 * lists the case's own files too, with importer {@link #CASE_FILES}) and one per output file this run
 * wrote before it, with the sha256 computed from the file on disk. Runs after every other exporter
 * ({@link #runsLast()}). The run row is the only line with a wall-clock time: every source and output
 * row belongs to it, so a re-run on the same inputs changes that one line and nothing else.
 * Stateless; the context owns the stream.
 */
public final class CustodyExporter implements Exporter {
    public static final String FILE = "custody.csv";
    /** The importer id under which the host lists the case's own files (case.yaml, landmarks, clue sheets, claims). */
    public static final String CASE_FILES = SourceSummary.CASE_FILES;
    /** The row type of the one row that carries the run's start time. */
    public static final String RUN = "run";
    public static final List<String> HEADER = List.of("row_type", "path", "sha256", "size_bytes", "importer", "records_imported",
            "records_skipped", "imported_at", "tool_version");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().build();

    @Override
    public String id() {
        return "custody";
    }

    @Override
    public String description() {
        return "custody.csv: sha256, size and provenance of every source file and every output of the run";
    }

    @Override
    public boolean runsLast() {
        return true;
    }

    @Override
    public void export(ExportContext context) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String version = context.toolVersion();
        // the one wall-clock value of the run's outputs: every other row is the same on a re-run
        rows.add(List.of(RUN, "", "", "", "", "", "", utc(context.runStartedAt()), text(version)));
        List<SourceSummary> sources = new ArrayList<>(context.theCase().sources());
        sources.sort(Comparator.comparing(SourceSummary::path).thenComparing(SourceSummary::importer));
        for (SourceSummary s : sources) {
            rows.add(List.of("source", text(s.path()), s.sha256() == null ? "" : s.sha256(), Long.toString(s.sizeBytes()),
                    text(s.importer()), Long.toString(s.imported()), Long.toString(s.skipped()), "", text(version)));
        }
        Path root = context.outputDirectory().toAbsolutePath().normalize();
        List<String> outputs = new ArrayList<>(context.written());
        outputs.remove(FILE);
        outputs.sort(Comparator.naturalOrder());
        for (String name : outputs) {
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root)) {
                throw new IOException("output '" + name + "' is not inside the output folder " + root);
            }
            rows.add(List.of("output", text(name.replace('\\', '/')), Hashes.sha256(file), Long.toString(Files.size(file)),
                    "", "", "", "", text(version)));
        }
        context.writeText(FILE, out -> {
            out.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            if (context.profile() == Profile.PUBLIC) {
                printer.printRecord(Profile.PUBLIC_NOTICE);
            }
            printer.printRecord(HEADER);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
            printer.flush();
        });
    }

    private static String utc(Instant t) {
        return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** Formula neutralisation (as in the csv module): text from outside gets a {@code '} before {@code = + - @}, tab or CR. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
