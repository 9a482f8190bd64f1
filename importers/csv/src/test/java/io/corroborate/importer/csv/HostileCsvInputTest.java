package io.corroborate.importer.csv;

import io.corroborate.model.MediaRef;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile corpus under src/test/resources/hostile: what must happen for each file. */
class HostileCsvInputTest {
    private static final Map<String, String> ID_TEXT = Map.of("id-column", "id", "id-prefix", "sheet", "text-column", "text");
    private static final Map<String, String> SCRIPT_MAPPING = Map.of("id-column", "id", "id-prefix", "sheet", "url-column", "url",
            "title-column", "title", "text-column", "text");

    @TempDir
    Path root;

    private Runs.Result run(String resource, Map<String, String> options) throws IOException {
        return Runs.run(Runs.copy("hostile/" + resource, root), root, null, options);
    }

    @Test
    void aSheetWithoutAFinalLineBreakIsReadWhole() throws IOException {
        // spreadsheet programs often end the last row without one; the reader once failed there after every row
        Path sheet = root.resolve("no-final-newline.csv");
        Files.writeString(sheet, "id,text\n1,first\n2,\"last, unterminated\"", java.nio.charset.StandardCharsets.UTF_8);

        Runs.Result r = Runs.run(sheet, root, null, ID_TEXT);

        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("sheet:1", "sheet:2");
    }

    @Test
    void anUnclosedQuoteKeepsTheRowsBeforeItAndNamesItsLine() throws IOException {
        Runs.Result r = run("unclosed-quote.csv", ID_TEXT);

        assertThat(r.ids()).containsExactly("sheet:1", "sheet:2");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(r.error().file()).isEqualTo("hostile/unclosed-quote.csv");
        assertThat(r.error().locator()).isEqualTo("line 4");
    }

    @Test
    void invalidUtf8IsAnEncodingErrorWithItsByteAfterTheRowsBeforeIt() throws IOException {
        Runs.Result r = run("invalid-utf8.csv", ID_TEXT);

        assertThat(r.ids()).containsExactly("sheet:1");
        assertThat(r.item("sheet:1").text()).isEqualTo("Алматы");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.ENCODING);
        assertThat(r.error().locator()).isEqualTo("line 3, byte 29");
    }

    @Test
    void formulaLookingCellsAreKeptVerbatimAsData() throws IOException {
        Runs.Result r = run("formulas.csv", Map.of("id-column", "id", "id-prefix", "sheet", "text-column", "text", "title-column", "title"));

        assertThat(r.item("sheet:1").text()).isEqualTo("=HYPERLINK(\"http://example.invalid/x\",\"click\")");
        assertThat(r.item("sheet:1").title()).isEqualTo("=1+2");
        assertThat(r.item("sheet:2").text()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(r.item("sheet:2").title()).isEqualTo("@SUM(A1:A2)");
        assertThat(r.item("sheet:3").text()).isEqualTo("-2+3");
        assertThat(r.item("sheet:3").title()).isEqualTo("\tTAB");
        assertThat(r.item("sheet:4").text()).isEqualTo("\rCR first");
    }

    @Test
    void scriptsAndJavascriptUrlsInTextColumnsAreKeptVerbatimAsData() throws IOException {
        Runs.Result r = run("script.csv", SCRIPT_MAPPING);

        assertThat(r.item("sheet:1").title()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(r.item("sheet:1").text()).isEqualTo("<script>alert(document.cookie)</script>");
        assertThat(r.item("sheet:1").url()).isEqualTo("https://example.org/posts/1");
        assertThat(r.item("sheet:2").title()).isEqualTo("javascript:alert(1)");
        assertThat(r.item("sheet:2").text()).isEqualTo("Said: <a href=\"javascript:alert(2)\">see</a> and javascript:alert(3)");
    }

    @Test
    void aJavascriptUrlInTheUrlColumnSkipsTheRowAndNeverBecomesAUrlOrLink() throws IOException {
        Runs.Result r = run("script.csv", SCRIPT_MAPPING);

        assertThat(r.ids()).containsExactly("sheet:1", "sheet:2");
        assertThat(r.context().skippedRecords()).extracting(s -> s.locator() + ": " + s.message()).containsExactly(
                "line 4: url 'javascript:alert(document.cookie)' is not an http(s) URL",
                "line 5: url 'JaVaScRiPt:alert(4)' is not an http(s) URL",
                "line 6: url 'java script:alert(5)' is not an http(s) URL");
        assertThat(r.item("sheet:1").links()).containsExactly("https://example.org/posts/1");
        assertThat(r.item("sheet:2").url()).isNull();
        assertThat(r.item("sheet:2").links()).isEmpty();
    }

    @Test
    void aJavascriptLinkInA4catExportIsNeverALinkWhileTheMessageIsKept() throws IOException {
        Runs.Result r = run("4cat-script.csv", Map.of("preset", "4cat-telegram"));

        assertThat(r.item("telegram:almatyinfo:3001").text()).isEqualTo("<script>alert(document.cookie)</script>");
        assertThat(r.item("telegram:almatyinfo:3001").url()).isEqualTo("https://t.me/almatyinfo/3001");
        assertThat(r.item("telegram:almatyinfo:3001").links()).isEmpty();
        assertThat(r.item("telegram:almatyinfo:3002").text()).isEqualTo("<a href=\"javascript:alert(2)\">read more</a>");
        assertThat(r.item("telegram:almatyinfo:3002").links()).containsExactly("https://example.org/real");
    }

    @Test
    void mediaNamesLeavingTheCaseFolderAreRefusedWhileTheRowsAreKept() throws IOException {
        Runs.Result r = run("4cat-path-traversal.csv", Map.of("preset", "4cat-telegram"));

        assertThat(r.ids()).containsExactly("telegram:almatyinfo:2001", "telegram:almatyinfo:2002", "telegram:almatyinfo:2003");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.media()).containsExactly(MediaRef.of("photo")));
        assertThat(r.context().warnings()).hasSize(3).allSatisfy(w -> assertThat(w.message()).contains("refused"));
    }

    @Test
    void aHugeValueIsALimitErrorNamingItsLine() throws IOException {
        Path sheet = root.resolve("huge.csv");
        Files.writeString(sheet, "id,text\n1,short\n2," + "x".repeat(3_000_000) + "\n3,never read\n");

        Runs.Result r = Runs.run(sheet, root, null, ID_TEXT);

        assertThat(r.ids()).containsExactly("sheet:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().locator()).isEqualTo("line 3");
        assertThat(r.error().getMessage()).contains("column 'text' holds 3000000 characters");
    }

    @Test
    void aHundredMegabyteValueIsALimitErrorNamingItsLineAfterTheRowsBeforeIt() throws IOException {
        Path sheet = root.resolve("huge.csv");
        Fixtures.writeWithHundredMegabytes(sheet, "id,text\n1,short\n2,", "\n3,never read\n");

        Runs.Result r = Runs.run(sheet, root, null, ID_TEXT);

        assertThat(r.ids()).containsExactly("sheet:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("huge.csv");
        assertThat(r.error().locator()).isEqualTo("line 3");
        assertThat(r.error().getMessage()).contains("a record longer than " + CsvRows.Limits.DEFAULT.maxRecordChars() + " characters");
    }

    @Test
    void aRowOverTheRecordLimitIsALimitErrorBeforeItIsBuffered() throws IOException {
        Path sheet = root.resolve("long.csv");
        Files.writeString(sheet, "id,text\n1,short\n2,\"" + "line\n".repeat(50_000) + "\"\n");

        Runs.Result r = Runs.run(sheet, root, null, Map.of("id-column", "id", "id-prefix", "sheet", "text-column", "text", "max-record-chars", "100000"));

        assertThat(r.ids()).containsExactly("sheet:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().locator()).isEqualTo("line 3");
    }

    @Test
    void aBrokenFileDoesNotStopTheOtherFilesOfAFolder() throws IOException {
        Path folder = Files.createDirectories(root.resolve("sheets"));
        Files.copy(Runs.copy("hostile/unclosed-quote.csv", root), folder.resolve("a.csv"));
        Files.writeString(folder.resolve("b.csv"), "id,text\n10,fine\n");

        Runs.Result r = Runs.run(folder, root, null, ID_TEXT);

        assertThat(r.ids()).containsExactly("sheet:1", "sheet:2", "sheet:10");
        assertThat(r.error().file()).isEqualTo("sheets/a.csv");
    }

    @Test
    void aSheetLinkedFromOutsideTheCaseIsRefused() throws IOException {
        Path outside = Files.createTempFile("outside", ".csv");
        try {
            Files.writeString(outside, "id,text\n1,secret\n");
            Path link = root.resolve("linked.csv");
            Files.createSymbolicLink(link, outside);

            Runs.Result r = Runs.run(link, root, null, ID_TEXT);

            assertThat(r.items()).isEmpty();
            assertThat(r.error().category()).isEqualTo(ImportException.Category.UNSAFE_PATH);
        } finally {
            Files.delete(outside);
        }
    }
}
