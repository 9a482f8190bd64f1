package io.corroborate.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar and the launcher as a user runs them, in a separate JVM: every plugin and every
 * parsing library must be inside app/target/corroborate.jar (a class missing from the jar shows only here).
 */
class ExecutableJarIT {
    static final Path JAR = Path.of("target", "corroborate.jar");

    @TempDir
    Path tmp;

    record Result(int exitCode, String out, String err) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(command);
    }

    private Result exec(List<String> command) throws IOException, InterruptedException {
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void listsEveryBuiltInPlugin() throws Exception {
        Result r = java("plugins");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("importer "))).hasSize(8);
        assertThat(r.out().lines().filter(l -> l.startsWith("analysis "))).hasSize(8);
        assertThat(r.out().lines().filter(l -> l.startsWith("exporter "))).hasSize(8);
    }

    @Test
    void runsTheExampleCaseAndWritesEveryOutput() throws Exception {
        Path out = tmp.resolve("almaty");
        Result r = java("run", Path.of("..", "examples", "almaty-2022").toString(), "--out", out.toString());
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.exitCode()).isEqualTo(Main.FINDINGS);
        for (String f : List.of("case.json", "chronology.csv", "items.csv", "map.geojson", "case.kml", "custody.csv", "report.html",
                "timemap/events.json", "timemap/sources.json", "timemap/associations.json")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        assertThat(r.err()).contains("4 incidents", "at least 10 killed");
    }

    @Test
    void everyImporterRunsFromTheJar() throws Exception {
        Path example = Path.of("..", "examples", "almaty-2022", "sources");
        for (String[] source : List.of(new String[] {"telegram", "telegram/almatyinfo/result.json"},
                new String[] {"twitter", "twitter/twarc-search-almaty.jsonl"}, new String[] {"ytdlp", "youtube/afp"},
                new String[] {"facebook", "facebook"}, new String[] {"press", "press"}, new String[] {"media", "direct/journalist"},
                new String[] {"witness", "witnesses"})) {
            Result r = java("import", "--importer", source[0], "--zone", "Asia/Almaty", example.resolve(source[1]).toString());
            assertThat(r.err()).as(source[0]).doesNotContain("Exception", "\tat ");
            assertThat(r.exitCode()).as(source[0] + ": " + r.err()).isZero();
            assertThat(r.out().lines()).as(source[0]).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
        }
    }

    @Test
    void theLauncherUsesTheBuiltJar() throws Exception {
        Result r = exec(List.of(Path.of("..", "bin", "corroborate").toString(), "--version"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("corroborate ");
    }
}
