package io.corroborate.app;

import io.corroborate.model.Hashes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's promise: re-running on the same inputs gives byte-identical outputs except for the run
 * timestamp lines. The tiny case is run twice, at two different times, into two folders.
 */
class RerunDeterminismTest {
    static final Instant FIRST = Instant.parse("2022-02-01T10:00:00Z");
    static final Instant SECOND = Instant.parse("2023-07-15T21:34:56Z");

    @TempDir
    static Path tmp;
    static Path caseDir;
    static Path first;
    static Path second;

    @BeforeAll
    static void runTheTinyCaseTwice() throws IOException {
        caseDir = copyOfTheTinyCase();
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        assertThat(run(first, FIRST)).isZero();
        assertThat(run(second, SECOND)).isZero();
    }

    @Test
    void bothRunsWriteTheSameFiles() throws IOException {
        assertThat(files(second)).isEqualTo(files(first)).contains("case.json", "custody.csv", "report.html", "timemap/events.json");
    }

    @Test
    void everyOutputButCustodyIsTheSameBytes() throws IOException {
        for (String f : files(first)) {
            if (!f.equals("custody.csv")) {
                assertThat(Files.readAllBytes(second.resolve(f))).as(f).isEqualTo(Files.readAllBytes(first.resolve(f)));
            }
        }
    }

    @Test
    void custodyDiffersOnlyOnLinesThatCarryTheRunTimestamp() throws IOException {
        List<String> a = Files.readAllLines(first.resolve("custody.csv"), StandardCharsets.UTF_8);
        List<String> b = Files.readAllLines(second.resolve("custody.csv"), StandardCharsets.UTF_8);
        assertThat(b).hasSameSizeAs(a);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                assertThat(a.get(i)).contains(FIRST.toString());
                assertThat(b.get(i)).contains(SECOND.toString()).isEqualTo(a.get(i).replace(FIRST.toString(), SECOND.toString()));
                differing.add(b.get(i));
            }
        }
        assertThat(differing).singleElement().satisfies(l -> assertThat(l).startsWith("run,"));
    }

    @Test
    void theRunsTimeAppearsInNoOtherOutput() throws IOException {
        for (String f : files(second)) {
            if (!f.equals("custody.csv")) {
                assertThat(Files.readString(second.resolve(f), StandardCharsets.UTF_8)).as(f).doesNotContain(SECOND.toString(), "2023-07-1");
            }
        }
    }

    @Test
    void custodyListsTheCasesOwnFilesWithTheirSha256AndSize() throws IOException {
        List<CSVRecord> rows = custody(first);
        for (String f : List.of("case.yaml", "landmarks.csv", "clues.csv")) {
            assertThat(rows).as(f).filteredOn(r -> r.get("path").equals(f)).singleElement().satisfies(r -> {
                assertThat(r.get("row_type")).isEqualTo("source");
                assertThat(r.get("importer")).isEqualTo("case");
                assertThat(r.get("sha256")).isEqualTo(Hashes.sha256(caseDir.resolve(f)));
                assertThat(r.get("size_bytes")).isEqualTo(Long.toString(Files.size(caseDir.resolve(f))));
            });
        }
        assertThat(rows).filteredOn(r -> r.get("path").equals("clues.csv")).singleElement()
                .satisfies(r -> assertThat(Long.parseLong(r.get("records_imported"))).isPositive());
    }

    @Test
    void custodyHashesEveryOtherOutputAsWritten() throws IOException {
        List<CSVRecord> outputs = custody(first).stream().filter(r -> r.get("row_type").equals("output")).toList();
        List<String> others = files(first).stream().filter(f -> !f.equals("custody.csv")).toList();
        assertThat(outputs).extracting(r -> r.get("path")).containsExactlyElementsOf(others);
        for (CSVRecord r : outputs) {
            assertThat(r.get("sha256")).as(r.get("path")).isEqualTo(Hashes.sha256(first.resolve(r.get("path"))));
        }
    }

    private static int run(Path out, Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        return Main.execute(new String[] {"run", caseDir.toString(), "--out", out.toString()}, new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), clock);
    }

    private static List<CSVRecord> custody(Path out) throws IOException {
        String text = Files.readString(out.resolve("custody.csv"), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    /** Every file under {@code dir}, relative, with '/' separators, sorted. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Path copyOfTheTinyCase() throws IOException {
        return CaseFolders.tiny(tmp);
    }
}
