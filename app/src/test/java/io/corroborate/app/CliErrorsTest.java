package io.corroborate.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Bad input gives exit 2 and one line naming the file, and nothing is written to the output folder. */
class CliErrorsTest {
    @TempDir
    Path tmp;

    private Path tinyCase() throws IOException {
        return CaseFolders.tiny(tmp);
    }

    private static void assertOneLineError(Cli cli, String... parts) {
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("error: ").contains(parts);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aFolderWithoutCaseYamlIsExit2NamingTheFile() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli cli = Cli.run("run", empty.toString());
        assertOneLineError(cli, "case.yaml", "missing");
        assertThat(empty.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownImporterIdIsExit2NamingTheKey() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), Files.readString(c.resolve("case.yaml")).replace("importer: telegram", "importer: telegarm"));
        Cli cli = Cli.run("run", c.toString());
        assertOneLineError(cli, "case.yaml", "sources[0].importer", "unknown importer 'telegarm'");
        assertThat(c.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingSourceFileIsExit2NamingIt() throws IOException {
        Path c = tinyCase();
        Files.delete(c.resolve("sources/almatyinfo/result.json"));
        Cli cli = Cli.run("run", c.toString());
        assertOneLineError(cli, "case.yaml", "sources[0].path", "sources/almatyinfo/result.json does not exist");
    }

    @Test
    void aSourceFileWithoutReadPermissionIsExit2NamingItAndNothingIsWritten() throws IOException {
        Path c = tinyCase();
        Path src = c.resolve("sources/almatyinfo/result.json");
        assumeTrue(Files.getFileStore(src).supportsFileAttributeView(PosixFileAttributeView.class), "needs POSIX file permissions");
        Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("-w-------"));
        // root reads any file whatever its permissions; aClueSheetThatCannotBeReadIsExit2NamingIt runs as root too
        assumeFalse(opens(src), "this user (root?) reads the file despite its permissions");

        Cli cli = Cli.run("run", c.toString());

        assertOneLineError(cli, "sources/almatyinfo/result.json cannot be read");
        assertThat(c.resolve("out")).doesNotExist();
    }

    @Test
    void aClueSheetThatCannotBeReadIsExit2NamingIt() throws IOException {
        Path c = tinyCase();
        // a folder where case.yaml lists a file: it exists and opens, but reading it fails (EISDIR), even for root
        Files.delete(c.resolve("clues.csv"));
        Files.createDirectory(c.resolve("clues.csv"));

        Cli cli = Cli.run("run", c.toString());

        assertOneLineError(cli, "clues.csv: cannot be read");
        assertThat(c.resolve("out")).doesNotExist();
    }

    @Test
    @Timeout(60)
    void aPipeWhereASheetShouldBeIsRefusedInsteadOfWaitedOn() throws IOException, InterruptedException {
        Path c = tinyCase();
        Files.delete(c.resolve("clues.csv"));
        int made;
        try {
            made = new ProcessBuilder("mkfifo", c.resolve("clues.csv").toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0, "needs mkfifo");

        Cli cli = Cli.run("run", c.toString());

        assertOneLineError(cli, "case.yaml", "clues", "clues.csv is not a file or a folder");
        assertThat(c.resolve("out")).doesNotExist();
    }

    private static boolean opens(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    @Test
    void aSourcePathOutsideTheCaseFolderIsRefused() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), Files.readString(c.resolve("case.yaml"))
                .replace("path: sources/almatyinfo/result.json", "path: ../../../../etc/passwd"));
        Cli cli = Cli.run("run", c.toString());
        assertOneLineError(cli, "case.yaml", "leaves the case folder");
    }

    @Test
    void malformedJsonIsExit2NamingTheFileAndNothingIsWritten() throws IOException {
        Path c = tinyCase();
        Path src = c.resolve("sources/almatyinfo/result.json");
        String json = Files.readString(src);
        Files.writeString(src, json.substring(0, json.indexOf("\"id\": 4518")), StandardCharsets.UTF_8);
        Cli cli = Cli.run("run", c.toString());
        assertOneLineError(cli, "sources/almatyinfo/result.json");
        assertThat(c.resolve("out")).doesNotExist();
    }

    @Test
    void keepGoingKeepsTheItemsBeforeTheBreak() throws IOException {
        Path c = tinyCase();
        Path src = c.resolve("sources/almatyinfo/result.json");
        String json = Files.readString(src);
        Files.writeString(src, json.substring(0, json.indexOf("\"id\": 4518")), StandardCharsets.UTF_8);
        Cli cli = Cli.run("run", "--keep-going", c.toString());
        assertThat(cli.exitCode()).isIn(0, 1);
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.resolve("out/case.json").toFile()).get("items");
        assertThat(items).extracting(i -> i.get("id").asText()).containsExactly("telegram:almatyinfo:4512");
    }

    @Test
    void aBadClueRowIsSkippedNamingItsLineAndColumnAndStrictMakesItExit2() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("clues.csv"), Files.readString(c.resolve("clues.csv")).replace("15:10,5m", "15:10,five minutes"));
        Cli strict = Cli.run("check", "--strict", c.toString());
        assertOneLineError(strict, "clues.csv: line 4: column tolerance", "'five minutes' is not a duration");
        Cli lenient = Cli.run("check", c.toString());
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void clueIdsAndErrorsNameTheSheetLineEvenAfterCommentsAndQuotedLineBreaks() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("clues.csv"), """
                item,kind,value,tolerance,note,analyst
                # places first
                # (two comment lines)
                telegram:almatyinfo:4512,place,republic-square,,"matched the facade
                and the monument",AN1

                telegram:almatyinfo:4512,clock,15:10,five minutes,,AN1
                """);
        Cli strict = Cli.run("check", "--strict", c.toString());
        assertOneLineError(strict, "clues.csv: line 7: column tolerance");
        Cli all = Cli.run("run", "--out", tmp.resolve("out").toString(), c.toString());
        assertThat(all.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("out/case.json"))).contains("\"id\": \"clues.csv:4\"");
    }

    @Test
    void unknownKeysInCaseYamlAreNamed() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), Files.readString(c.resolve("case.yaml")).replace("time-zone:", "timezon:"));
        Cli cli = Cli.run("check", c.toString());
        assertOneLineError(cli, "case.yaml", "timezon: unknown key");
    }

    @Test
    void anUnknownZoneIsNamed() throws IOException {
        Path c = tinyCase();
        Files.writeString(c.resolve("case.yaml"), Files.readString(c.resolve("case.yaml")).replace("Asia/Almaty", "Asia/Alma-Ata-Town"));
        Cli cli = Cli.run("check", c.toString());
        assertOneLineError(cli, "case.yaml", "time-zone", "not an IANA time zone");
    }

    @Test
    void usageErrorsAreExit2() {
        Cli cli = Cli.run("import", "x.json");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required option: '--importer=ID'");
    }

    @Test
    void versionAndHelpAreExit0() {
        assertThat(Cli.run("--version").out()).startsWith("corroborate ");
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("plugins", "import", "run", "check", "sun", "Exit codes:");
    }

    @Test
    void everyCommandTakesHelpEvenWithoutItsRequiredOptions() {
        for (String command : new String[] {"plugins", "import", "run", "check", "sun"}) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: corroborate " + command);
        }
        assertThat(Cli.run("sun", "--help").out()).contains("--lat", "--at");
        assertThat(Cli.run("run", "--version").out()).startsWith("corroborate ");
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit2() {
        java.io.StringWriter buf = new java.io.StringWriter();

        int code = Main.guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "import", new java.io.PrintWriter(buf));

        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(buf.toString()).startsWith("error: 'import' ran out of memory (the Java heap may use at most ")
                .endsWith(" MB); give Java more, e.g. CORROBORATE_JAVA_OPTS=-Xmx4g bin/corroborate …" + System.lineSeparator())
                .hasLineCount(1);
    }

    @Test
    void importStrictNamesTheFirstSkippedRecordAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("result.json");
        Files.writeString(export, """
                {"name": "C", "type": "public_channel", "id": 5, "messages": [
                 {"id": 1, "type": "message", "date_unixtime": "1641373964", "text": "kept"},
                 {"id": 2, "type": "message", "date": "2022-01-05T15:12:45", "text": "no zone"}
                ]}""", java.nio.charset.StandardCharsets.UTF_8);
        Path out = tmp.resolve("items.jsonl");

        Cli cli = Cli.run("import", "--importer", "telegram", "--strict", export.toString(), "--out", out.toString());

        assertThat(cli.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("error: 1 record(s) were skipped and --strict is on; the first: ")
                .contains("result.json: /messages/1: skipped: message 2 has only a local 'date'");
        assertThat(out).doesNotExist();
    }
}
