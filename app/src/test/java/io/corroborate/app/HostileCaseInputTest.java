package io.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** case.yaml, the sheets and the command line's own handling of hostile and broken input. */
class HostileCaseInputTest {
    @TempDir
    Path tmp;

    private Path tinyCase() throws IOException {
        return CaseFolders.tiny(tmp);
    }

    private static void assertExit2(Cli cli, String... parts) {
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: ").contains(parts).doesNotContain("\tat ");
    }

    @Test
    void aYamlAliasBombIsRefused() throws IOException {
        Path c = tinyCase();
        StringBuilder yaml = new StringBuilder("name: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char n = 'b'; n <= 'z'; n++) {
            char prev = (char) (n - 1);
            yaml.append("k").append(n).append(": &").append(n).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        Files.writeString(c.resolve("case.yaml"), yaml);
        assertExit2(Cli.run("check", c.toString()), "case.yaml");
    }

    @Test
    void deepNestingAndHugeFilesAreRefused() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), "name: x\ntime-zone: UTC\nsettings: " + "[".repeat(100) + "]".repeat(100) + "\n");
        assertExit2(Cli.run("check", c.toString()), "case.yaml");
        Files.writeString(c.resolve("case.yaml"), "name: x\ntime-zone: UTC\n# " + "x".repeat(5 << 20) + "\n");
        assertExit2(Cli.run("check", c.toString()), "case.yaml", "larger than 4 MB");
    }

    @Test
    void aThreeMegabyteLineIsRefusedBeforeTheYamlParserChewsOnIt() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), "name: x\ntime-zone: UTC\ndescription: \"" + "x".repeat(3 << 20) + "\"\n");
        assertExit2(Cli.run("check", c.toString()), "case.yaml: line 3", "longer than 65536 characters");
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), "name: x\ntime-zone: UTC\ntime-zone: Asia/Almaty\n");
        assertExit2(Cli.run("check", c.toString()), "case.yaml", "time-zone");
    }

    @Test
    void invalidUtf8InCaseYamlIsReportedNotReplaced() throws IOException {
        Path c = tinyCase();
        byte[] yaml = Files.readAllBytes(c.resolve("case.yaml"));
        byte[] bad = new byte[yaml.length + 2];
        System.arraycopy(yaml, 0, bad, 0, 8);
        bad[8] = (byte) 0xC0;
        bad[9] = (byte) 0xAF;
        System.arraycopy(yaml, 8, bad, 10, yaml.length - 8);
        Files.write(c.resolve("case.yaml"), bad);
        assertExit2(Cli.run("check", c.toString()), "case.yaml", "byte 8");
    }

    @Test
    void absoluteAndLinkedSourcePathsAreRefused() throws IOException {
        Path c = tinyCase();
        String yaml = Files.readString(c.resolve("case.yaml"));
        Files.writeString(c.resolve("case.yaml"), yaml.replace("path: sources/almatyinfo/result.json", "path: /etc/hostname"));
        assertExit2(Cli.run("check", c.toString()), "case.yaml", "absolute path '/etc/hostname' refused");

        Path outside = Files.writeString(tmp.resolve("outside.json"), "{}");
        Files.createSymbolicLink(c.resolve("sources/link.json"), outside);
        Files.writeString(c.resolve("case.yaml"), yaml.replace("path: sources/almatyinfo/result.json", "path: sources/link.json"));
        assertExit2(Cli.run("check", c.toString()), "case.yaml", "is a link that leaves the case folder");
    }

    @Test
    void aSheetWithInvalidUtf8OrAnUnclosedQuoteStopsTheRunNamingTheFile() throws IOException {
        Path c = tinyCase();
        byte[] clues = Files.readAllBytes(c.resolve("clues.csv"));
        byte[] bad = clues.clone();
        bad[60] = (byte) 0xFF;
        Files.write(c.resolve("clues.csv"), bad);
        assertExit2(Cli.run("run", c.toString()), "clues.csv", "not valid UTF-8 text at byte 60");
        assertThat(c.resolve("out")).doesNotExist();

        Files.writeString(c.resolve("clues.csv"), new String(clues, StandardCharsets.UTF_8) + "telegram:almatyinfo:4518,date,\"2022-01-05,,never closed\n");
        assertExit2(Cli.run("run", c.toString()), "clues.csv");
        assertThat(c.resolve("out")).doesNotExist();
    }

    @Test
    void aSheetWithABomIsRead() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("landmarks.csv"), "\uFEFF" + Files.readString(c.resolve("landmarks.csv")));
        Cli cli = Cli.run("check", c.toString());
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void aSkippedRecordIsCountedInCaseJsonAndCustodyAndStrictMakesItExit2() throws IOException {
        Path c = tinyCase();
        Path src = c.resolve("sources/almatyinfo/result.json");
        // a message without any date: skipped with its locator, the rest imported
        Files.writeString(src, Files.readString(src).replace("\"date\": \"2022-01-05T15:41:20\",\n   \"date_unixtime\": \"1641375680\",\n", ""));
        Path out = tmp.resolve("out");
        // progress and the summary are logged to standard error
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Cli run;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            run = Cli.run("run", c.toString(), "--out", out.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(run.exitCode()).isZero();
        JsonNode source = null;
        for (JsonNode s : new ObjectMapper().readTree(out.resolve("case.json").toFile()).get("sources")) {
            source = s.get("path").asText().equals("sources/almatyinfo/result.json") ? s : source;
        }
        assertThat(source).isNotNull();
        assertThat(source.get("imported").asInt()).isEqualTo(1);
        assertThat(source.get("skipped").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("custody.csv"))).contains("sources/almatyinfo/result.json");
        assertThat(Files.readAllLines(out.resolve("custody.csv")).stream().filter(l -> l.contains("sources/almatyinfo/result.json")))
                .singleElement().satisfies(l -> assertThat(l).contains(",1,1,"));
        // the run's progress and its summary count per source too
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("sources/almatyinfo/result.json: 1 items imported, 1 records skipped")
                .contains("1 records skipped (1 in sources/almatyinfo/result.json)");

        assertExit2(Cli.run("run", "--strict", c.toString(), "--out", tmp.resolve("strict").toString()), "--strict", "message 4518");
        assertThat(tmp.resolve("strict")).doesNotExist();
    }

    @Test
    void importWritesItsFileWholeOrNotAtAll() throws IOException {
        Path c = tinyCase();
        Path src = c.resolve("sources/almatyinfo/result.json");
        Path jsonl = tmp.resolve("items.jsonl");
        Cli ok = Cli.run("import", "--importer", "telegram", src.toString(), "--out", jsonl.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"telegram:"));

        String json = Files.readString(src);
        Files.writeString(src, json.substring(0, json.indexOf("\"id\": 4518")));
        Path broken = tmp.resolve("broken.jsonl");
        assertExit2(Cli.run("import", "--importer", "telegram", src.toString(), "--out", broken.toString()), "result.json", "--keep-going");
        assertThat(broken).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        Cli kept = Cli.run("import", "--importer", "telegram", "--keep-going", src.toString(), "--out", broken.toString());
        assertThat(kept.exitCode()).isZero();
        assertThat(Files.readAllLines(broken)).singleElement().satisfies(l -> assertThat(l).contains("\"telegram:1001234567:4512\""));
    }

    @Test
    void importToStandardOutputWritesJsonLines() {
        Cli cli = Cli.run("import", "--importer", "telegram", "-o", "username=almatyinfo",
                Path.of("..", "examples", "tiny", "sources", "almatyinfo", "result.json").toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out().lines()).hasSize(2);
        assertThat(cli.out()).contains("\"id\":\"telegram:almatyinfo:4512\"", "\"publishedAt\":\"2022-01-05T09:14:03Z\"",
                "\"durationSeconds\":41", "\"url\":\"https://t.me/almatyinfo/4512\"");
    }

    @Test
    void importNamesTheSourceFromTheCurrentFolderInProvenance() throws IOException {
        // the tests run in the module's folder: a source below it is named as the user typed it
        Path below = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "import-provenance");
        Path source = CaseFolders.tiny(below.toAbsolutePath()).resolve("sources/almatyinfo/result.json");
        String typed = Path.of("").toAbsolutePath().relativize(source).toString().replace('\\', '/');

        Cli cli = Cli.run("import", "--importer", "telegram", typed);

        assertThat(typed).startsWith("target/import-provenance").endsWith("/tiny/sources/almatyinfo/result.json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\"source\":\"" + typed + "\"");
    }
}
