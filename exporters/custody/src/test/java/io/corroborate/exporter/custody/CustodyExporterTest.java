package io.corroborate.exporter.custody;

import io.corroborate.testing.AlmatyFixture;
import io.corroborate.model.Case;
import io.corroborate.model.Hashes;
import io.corroborate.model.Profile;
import io.corroborate.model.SourceSummary;
import io.corroborate.spi.DirectoryExportContext;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.corroborate.testing.AlmatyFixture.RUN;
import static io.corroborate.testing.AlmatyFixture.SHA_A;
import static org.assertj.core.api.Assertions.assertThat;

class CustodyExporterTest {
    @TempDir
    Path out;

    /** A run: two other outputs written through the context, then custody. */
    private static DirectoryExportContext run(Path dir, Profile profile, Instant started) throws IOException {
        DirectoryExportContext context = AlmatyFixture.context(dir, profile, started);
        context.writeText("items.csv", w -> w.write("id\r\nx\r\n"));
        context.write("timemap/events.json", o -> o.write("[]\n".getBytes(StandardCharsets.UTF_8)));
        new CustodyExporter().export(context);
        return context;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return p.getRecords();
        }
    }

    @Test
    void headerNamesTheCustodyColumns() throws IOException {
        run(out, Profile.INTERNAL, RUN);

        assertThat(records(out.resolve("custody.csv")).get(0).toList()).containsExactly("row_type", "path", "sha256", "size_bytes",
                "importer", "records_imported", "records_skipped", "imported_at", "tool_version");
    }

    @Test
    void theRunRowComesFirstAndAloneCarriesTheRunsStartTime() throws IOException {
        run(out, Profile.INTERNAL, RUN);
        List<CSVRecord> r = records(out.resolve("custody.csv"));

        assertThat(r.get(1).toList()).containsExactly("run", "", "", "", "", "", "", "2024-05-01T10:00:00Z", "0.1.0-test");
        int importedAt = r.get(0).toList().indexOf("imported_at");
        assertThat(r.subList(2, r.size())).isNotEmpty().allSatisfy(row -> assertThat(row.get(importedAt)).isEmpty());
    }

    @Test
    void oneRowPerSourceFileSortedByPath() throws IOException {
        run(out, Profile.INTERNAL, RUN);
        List<CSVRecord> r = records(out.resolve("custody.csv"));

        assertThat(r.get(2).toList()).containsExactly("source", "sources/almatyinfo/result.json", SHA_A, "2048", "telegram", "3", "1",
                "", "0.1.0-test");
        assertThat(r.get(3).get(1)).isEqualTo("sources/x/tweets.jsonl");
    }

    @Test
    void theCasesOwnFilesAreListedLikeSourcesUnderTheCaseImporter() throws IOException {
        Case c = AlmatyFixture.theCase(RUN);
        List<SourceSummary> sources = new ArrayList<>(c.sources());
        sources.add(new SourceSummary("clues.csv", CustodyExporter.CASE_FILES, SHA_A, 812, 12, 0, RUN));
        Case withCaseFiles = new Case(c.name(), c.zone(), c.area(), c.timeRange(), c.items(), c.clues(), c.landmarks(), c.claims(),
                sources, c.settings());
        new CustodyExporter().export(new DirectoryExportContext(withCaseFiles, AlmatyFixture.result(), Profile.INTERNAL, "1.0", RUN, out));

        assertThat(records(out.resolve("custody.csv")).get(2).toList())
                .containsExactly("source", "clues.csv", SHA_A, "812", "case", "12", "0", "", "1.0");
    }

    @Test
    void oneRowPerOutputWrittenBeforeItWithTheHashOfTheFileOnDisk() throws IOException {
        run(out, Profile.INTERNAL, RUN);
        List<CSVRecord> r = records(out.resolve("custody.csv"));

        assertThat(r).hasSize(1 + 1 + 2 + 2);
        CSVRecord items = r.get(4);
        assertThat(items.get(0)).isEqualTo("output");
        assertThat(items.get(1)).isEqualTo("items.csv");
        assertThat(items.get(2)).isEqualTo(Hashes.sha256(out.resolve("items.csv")));
        assertThat(items.get(3)).isEqualTo("7").isEqualTo(Long.toString(Files.size(out.resolve("items.csv"))));
        assertThat(items.get(7)).isEmpty();
        assertThat(r.get(5).get(1)).isEqualTo("timemap/events.json");
        assertThat(r.get(5).get(2)).isEqualTo(Hashes.sha256("[]\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r).noneMatch(x -> x.get(1).equals("custody.csv"));
    }

    @Test
    void runsAfterEveryOtherExporter() {
        assertThat(new CustodyExporter().runsLast()).isTrue();
    }

    @Test
    void rerunAtAnotherTimeChangesOnlyTheRunRow() throws IOException {
        Path first = Files.createDirectory(out.resolve("first"));
        Path second = Files.createDirectory(out.resolve("second"));
        run(first, Profile.INTERNAL, RUN);
        run(second, Profile.INTERNAL, Instant.parse("2024-05-02T11:30:00Z"));

        List<String> a = Files.readAllLines(first.resolve("custody.csv"));
        List<String> b = Files.readAllLines(second.resolve("custody.csv"));
        assertThat(b).hasSameSizeAs(a);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing.add(b.get(i));
            }
        }
        assertThat(differing).containsExactly("run,,,,,,,2024-05-02T11:30:00Z,0.1.0-test");
    }

    @Test
    void fileIsUtf8WithBomAndCrlf() throws IOException {
        run(out, Profile.INTERNAL, RUN);
        byte[] bytes = Files.readAllBytes(out.resolve("custody.csv"));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("0.1.0-test\r\n");
    }

    @Test
    void publicProfileStartsWithTheNoticeAndNamesSourcesByFileNameOnly() throws IOException {
        run(out, Profile.PUBLIC, RUN);
        List<CSVRecord> r = records(out.resolve("custody.csv"));

        assertThat(r.get(0).toList()).containsExactly(Profile.PUBLIC_NOTICE);
        assertThat(r.get(1).get(0)).isEqualTo("row_type");
        assertThat(r.get(2).get(0)).isEqualTo("run");
        assertThat(r.get(3).get(1)).isEqualTo("result.json");
        assertThat(Files.readString(out.resolve("custody.csv"))).doesNotContain("sources/");
    }

    @Test
    void aFormulaLookingSourceNameIsNeutralised() throws IOException {
        Case c = AlmatyFixture.theCase(RUN);
        Case hostile = new Case(c.name(), c.zone(), c.area(), c.timeRange(), c.items(), c.clues(), c.landmarks(), c.claims(),
                List.of(new SourceSummary("=HYPERLINK(\"http://x\")", "@importer", null, 1, 0, 0, null)), c.settings());
        new CustodyExporter().export(new DirectoryExportContext(hostile, AlmatyFixture.result(), Profile.INTERNAL, "1.0", RUN, out));

        CSVRecord source = records(out.resolve("custody.csv")).get(2);
        assertThat(source.get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(source.get(4)).isEqualTo("'@importer");
        assertThat(source.get(2)).isEmpty();
        assertThat(source.get(7)).isEmpty();
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        assertThat(Plugins.discovered(Exporter.class, CustodyExporter.class).id()).isEqualTo("custody");
    }
}
