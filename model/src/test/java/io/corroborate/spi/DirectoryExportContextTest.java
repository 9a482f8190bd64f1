package io.corroborate.spi;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outputs appear whole or not at all, only inside the output folder. */
class DirectoryExportContextTest {
    @TempDir
    Path out;

    private DirectoryExportContext context() {
        Case c = new Case("c", ZoneId.of("Asia/Almaty"), null, null, null, null, null, null, null, null);
        return new DirectoryExportContext(c, AnalysisResult.EMPTY, Profile.INTERNAL, "test", Instant.parse("2022-02-01T00:00:00Z"), out);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void writesThroughATemporaryFileAndRecordsWhatItWrote() throws IOException {
        DirectoryExportContext ctx = context();
        ctx.writeText("timemap/events.json", w -> w.write("[]"));
        ctx.writeText("case.json", w -> w.write("{}"));
        assertThat(files()).containsExactly("case.json", "timemap/events.json");
        assertThat(ctx.written()).containsExactly("timemap/events.json", "case.json");
        assertThat(Files.readString(out.resolve("case.json"), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void aFailingBodyLeavesNeitherTheFileNorATemporaryOne() throws IOException {
        DirectoryExportContext ctx = context();
        assertThatThrownBy(() -> ctx.writeText("report.html", w -> {
            w.write("<html>half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(files()).isEmpty();
        assertThat(ctx.written()).isEmpty();
    }

    @Test
    void aFailedRewriteKeepsThePreviousFile() throws IOException {
        DirectoryExportContext ctx = context();
        ctx.writeText("case.json", w -> w.write("{\"complete\": true}"));
        assertThatThrownBy(() -> ctx.writeText("case.json", w -> {
            w.write("{\"comp");
            throw new IllegalStateException("exporter bug");
        })).hasMessage("exporter bug");
        assertThat(Files.readString(out.resolve("case.json"))).isEqualTo("{\"complete\": true}");
        assertThat(files()).containsExactly("case.json");
    }

    @Test
    void namesOutsideTheOutputFolderAreRefused() {
        DirectoryExportContext ctx = context();
        for (String bad : List.of("../escape.csv", "/tmp/absolute.csv", "timemap/../../escape.csv", "", ".")) {
            assertThatThrownBy(() -> ctx.writeText(bad, w -> w.write("x"))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the output folder");
        }
    }
}
