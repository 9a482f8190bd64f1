package io.corroborate.importer.witness;

import io.corroborate.model.EvidenceItem;
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
class HostileWitnessInputTest {
    @TempDir
    Path root;

    @Test
    void anUnclosedQuoteKeepsTheRowsBeforeItAndNamesItsLine() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/unclosed-quote", root), root);

        assertThat(r.ids()).containsExactly("witness:W1:1", "witness:W1:2");
        // the open quote swallows the line break and meets the next row's quote: broken quoting, not a cut file
        assertThat(r.error().category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(r.error().file()).isEqualTo("hostile/unclosed-quote/statements.csv");
        assertThat(r.error().locator()).isEqualTo("line 4");
    }

    @Test
    void aFileEndingInsideAQuotedValueIsTruncatedAtThatLine() throws IOException {
        Path folder = Runs.copy("hostile/unclosed-quote", root);
        Files.writeString(folder.resolve("statements.csv"), "witness,statement,said\nW1,1,done\nW1,2,\"cut off here\n");

        Runs.Result r = Runs.run(folder, root);

        assertThat(r.ids()).containsExactly("witness:W1:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(r.error().locator()).isEqualTo("line 3");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffsetAfterTheRowsBeforeIt() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/invalid-utf8", root), root);

        assertThat(r.ids()).containsExactly("witness:W1:1");
        assertThat(r.item("witness:W1:1").text()).isEqualTo("Алматы: first statement.");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.ENCODING);
        assertThat(r.error().locator()).isEqualTo("line 3, byte 98");
    }

    @Test
    void invalidUtf8InAnInterviewIsAnEncodingError() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/invalid-utf8.yaml", root), root);

        assertThat(r.error().category()).isEqualTo(ImportException.Category.ENCODING);
        assertThat(r.error().locator()).isEqualTo("line 6, byte 111");
    }

    @Test
    void formulaLookingCellsAreKeptVerbatimAsData() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/formulas", root), root);

        assertThat(r.item("witness:W1:1").text()).isEqualTo("=HYPERLINK(\"http://example.invalid/x\",\"click\")");
        assertThat(r.item("witness:W1:1").sensitive()).containsEntry("interviewer", "=1+2");
        assertThat(r.item("witness:W1:2").text()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(r.item("witness:W1:2").sensitive()).containsEntry("interviewer", "@SUM(A1:A2)");
        assertThat(r.item("witness:W1:3").text()).isEqualTo("-2+3");
    }

    @Test
    void aBillionLaughsInterviewIsRefusedAsALimit() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/billion-laughs.yaml", root), root);

        assertThat(r.items()).isEmpty();
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().getMessage()).contains("hostile/billion-laughs.yaml", "line 4", "aliases");
    }

    @Test
    void deepNestingIsRefusedAsALimit() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/deep-nesting.yaml", root), root);

        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().getMessage()).contains("nesting depth");
    }

    @Test
    void aHugeValueIsRefusedAsALimitNamingItsLine() throws IOException {
        Path folder = Runs.copy("hostile/formulas", root);
        Files.writeString(folder.resolve("statements.csv"), "witness,statement,said\nW1,1,short\nW1,2," + "x".repeat(3_000_000) + "\n");

        Runs.Result r = Runs.run(folder, root);

        assertThat(r.ids()).containsExactly("witness:W1:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().locator()).isEqualTo("line 3");
        assertThat(r.error().getMessage()).contains("column 'said' holds 3000000 characters");
    }

    @Test
    void aHundredMegabyteValueInASheetIsALimitNamingItsLineAfterTheRowsBeforeIt() throws IOException {
        Path folder = Runs.copy("hostile/formulas", root);
        Path statements = folder.resolve("statements.csv");
        Fixtures.writeWithHundredMegabytes(statements, "witness,statement,said\nW1,1,short\nW1,2,", "\nW1,3,never read\n");

        Runs.Result r = Runs.run(folder, root);

        assertThat(r.ids()).containsExactly("witness:W1:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("hostile/formulas/statements.csv");
        assertThat(r.error().locator()).isEqualTo("line 3");
        assertThat(r.error().getMessage()).contains("a record longer than " + CsvRows.Limits.DEFAULT.maxRecordChars() + " characters");
    }

    @Test
    void aRecordBeyondTheRecordLimitIsRefusedBeforeItIsBuffered() throws IOException {
        Path folder = Runs.copy("hostile/formulas", root);
        Files.writeString(folder.resolve("statements.csv"), "witness,statement,said\nW1,1,short\nW1,2,\"" + "x\n".repeat(100_000) + "\"\n");

        Runs.Result r = Runs.run(folder, root, null, Map.of("max-record-chars", "50000"));

        assertThat(r.ids()).containsExactly("witness:W1:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().locator()).isEqualTo("line 3");
    }

    @Test
    void anInterviewLinkedFromOutsideTheCaseIsRefused() throws IOException {
        Path outside = Files.createTempFile("outside", ".yaml");
        try {
            Files.writeString(outside, "witness: {id: W1}\nstatements:\n  - {statement: 1, said: secret}\n");
            Path folder = Files.createDirectories(root.resolve("interviews"));
            Files.createSymbolicLink(folder.resolve("W1.yaml"), outside);

            Runs.Result r = Runs.run(folder, root);

            assertThat(r.items()).isEmpty();
            assertThat(r.error().category()).isEqualTo(ImportException.Category.UNSAFE_PATH);
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void tenThousandDeepNestingIsALimitAfterTheInterviewsBeforeIt() throws IOException {
        Path file = root.resolve("deep.yaml");
        Files.writeString(file, """
                witness: {id: W1, role: resident, interviewed_on: 2022-01-20}
                statements:
                  - {statement: 1, said: before the deep one}
                ---
                witness: {id: W2, role: resident, interviewed_on: 2022-01-21}
                statements:
                  - {statement: 1, said: also before it}
                  - statement: 2
                    said: %s%s
                """.formatted("[".repeat(10_000), "]".repeat(10_000)));

        Runs.Result r = Runs.run(file, root);

        assertThat(r.ids()).containsExactly("witness:W1:1", "witness:W2:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("deep.yaml");
        assertThat(r.error().getMessage()).contains("nesting depth");
    }

    @Test
    void aHundredMegabyteStringInAnInterviewIsALimitAfterTheStatementsBeforeIt() throws IOException {
        Path file = root.resolve("huge.yaml");
        Fixtures.writeWithHundredMegabytes(file,
                "witness: {id: W1, role: resident, interviewed_on: 2022-01-20}\nstatements:\n  - {statement: 1, said: short}\n  - statement: 2\n    said: \"",
                "\"\n");

        Runs.Result r = Runs.run(file, root);

        assertThat(r.ids()).containsExactly("witness:W1:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("huge.yaml");
    }

    @Test
    void scriptsAndJavascriptLinksInSheetsAreKeptVerbatimAsDataNeverAsLinks() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/script", root), root);

        assertThat(r.ids()).containsExactly("witness:W1:1", "witness:W1:2");
        assertThat(r.item("witness:W1:1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(r.clue("witness:W1:1/place").value()).isEqualTo("<b onmouseover=alert(1)>Republic Square</b>");
        assertThat(r.item("witness:W1:2").text()).isEqualTo("javascript:alert(1) was in the message they sent us");
        // a statement has no URL or links: a link column is kept, as written, with the other extra columns
        assertThat(r.items()).allSatisfy(i -> {
            assertThat(i.url()).isNull();
            assertThat(i.links()).isEmpty();
        });
        assertThat(r.item("witness:W1:1").sensitive()).containsEntry("link", "javascript:alert(1)")
                .containsEntry("witness-name", "<script>alert('name')</script>").containsEntry("contact", "javascript:alert('contact')");
        assertThat(r.item("witness:W1:2").sensitive()).containsEntry("link", "JaVaScRiPt:alert(2)");
        assertThat(r.item("witness:W1:1").author().name()).isEqualTo("W1");
    }

    @Test
    void scriptsAndJavascriptLinksInAnInterviewAreKeptVerbatimAsDataNeverAsLinks() throws IOException {
        Runs.Result r = Runs.run(Runs.copy("hostile/script.yaml", root), root);

        EvidenceItem i = r.item("witness:W4:1");
        assertThat(i.text()).isEqualTo("<script>alert(1)</script> <a href=\"javascript:alert(1)\">tap</a>");
        assertThat(i.url()).isNull();
        assertThat(i.links()).isEmpty();
        assertThat(i.sensitive()).containsEntry("link", "javascript:alert(1)").containsEntry("source-url", "javascript:alert(document.cookie)");
    }
}
