package io.corroborate.importer.facebook;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.corroborate.importer.facebook.TestCases.context;
import static io.corroborate.importer.facebook.TestCases.copy;
import static io.corroborate.importer.facebook.TestCases.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The hostile corpus under src/test/resources/hostile: each file and what must happen to it. */
class FacebookHostileTest {
    @TempDir
    Path root;

    private final List<EvidenceItem> items = new ArrayList<>();

    private BasicImportContext ctx() {
        return context(root, Map.of("owner", "hostile"));
    }

    private ImportException readExpectingError(String relative, BasicImportContext ctx) throws Exception {
        copy("hostile", root);
        return catchThrowableOfType(ImportException.class, () -> new FacebookImporter().read(root.resolve(relative), ctx, items::add));
    }

    private BasicImportContext read(String relative) throws Exception {
        copy("hostile", root);
        BasicImportContext ctx = ctx();
        new FacebookImporter().read(root.resolve(relative), ctx, items::add);
        return ctx;
    }

    @Test
    void truncatedPostsFileKeepsThePostsBeforeTheBreak() throws Exception {
        ImportException e = readExpectingError("hostile/truncated-your_posts_1.json", ctx());

        assertThat(items).extracting(EvidenceItem::id).containsExactly("facebook:hostile:1641380000", "facebook:hostile:1641380000:2");
        assertThat(e.category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(e.file()).isEqualTo("hostile/truncated-your_posts_1.json");
        assertThat(e.locator()).startsWith("byte ");
    }

    @Test
    void tenThousandDeepNestingIsALimitAfterTheFirstPost() throws Exception {
        ImportException e = readExpectingError("hostile/deep-nesting-your_posts_1.json", ctx());

        assertThat(items).extracting(EvidenceItem::id).containsExactly("facebook:hostile:1641373392");
        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
    }

    @Test
    void stringOverTwentyMegabytesIsALimit() throws Exception {
        Path file = root.resolve("your_posts_1.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[{\"timestamp\": 1641373392, \"data\": [{\"post\": \"");
            char[] block = new char[1 << 16];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 21 * 1_000_000 / block.length + 1; i++) {
                w.write(block);
            }
            w.write("\"}]}]");
        }

        ImportException e = catchThrowableOfType(ImportException.class, () -> new FacebookImporter().read(file, ctx(), items::add));

        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(items).isEmpty();
    }

    @Test
    void invalidUtf8IsAnEncodingErrorAfterThePostsBeforeIt() throws Exception {
        ImportException e = readExpectingError("hostile/invalid-utf8-your_posts_1.json", ctx());

        assertThat(items).extracting(EvidenceItem::text).containsExactly("before the damage");
        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        byte[] bytes = Files.readAllBytes(root.resolve("hostile/invalid-utf8-your_posts_1.json"));
        int c3 = indexOf(bytes, (byte) 0xC3);
        assertThat(e.locator()).isEqualTo("byte " + c3);
        assertThat(e.getMessage()).contains("lead byte 0xC3").contains("broken by byte 0x28");
    }

    @Test
    void mediaPathsLeavingTheCaseAreRefusedWithWarningsAndThePostKept() throws Exception {
        BasicImportContext ctx = read("hostile/traversal-your_posts_1.json");

        EvidenceItem post = item(items, "facebook:hostile:1641373392");
        assertThat(post.media()).hasSize(3).allSatisfy(m -> {
            assertThat(m.path()).isNull();
            assertThat(m.sha256()).isNull();
            assertThat(m.exported()).isFalse();
        });
        assertThat(ctx.warnings()).extracting(BasicImportContext.Report::message).satisfiesExactly(
                m -> assertThat(m).contains("media path refused").contains("'../../etc/passwd' leaves the case folder"),
                m -> assertThat(m).contains("media path refused").contains("absolute path '/etc/passwd' refused"),
                m -> assertThat(m).contains("media path refused").contains("absolute path 'C:\\Windows\\win.ini' refused"),
                m -> assertThat(m).contains("'javascript:alert(document.cookie)' is not an http(s) URL"));
        assertThat(post.links()).isEmpty();
    }

    @Test
    void wrongTypesAreSkippedPerPostAndFormulaTextIsKeptVerbatim() throws Exception {
        BasicImportContext ctx = read("hostile/wrong-types-your_posts_1.json");

        assertThat(ctx.skippedRecords()).extracting(r -> r.locator() + " " + r.message()).containsExactly(
                "/0 timestamp is not a number",
                "/1 timestamp 0 is not a time (zero, negative or after year 9999)",
                "/2 not a post (a JSON string)");
        EvidenceItem formula = item(items, "facebook:hostile:1641373392");
        assertThat(formula.text()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(formula.clues()).extracting(c -> c.kind()).containsExactly("published", "location");
        assertThat(ctx.warnings()).extracting(BasicImportContext.Report::message).contains("place coordinates 123.0,500.0 are not on Earth; left out");
    }

    @Test
    void unclosedQuoteKeepsTheRowsBeforeItAndNamesItsLine() throws Exception {
        ImportException e = readExpectingError("hostile/unclosed-quote.csv", ctx());

        assertThat(items).hasSize(3);
        assertThat(e.category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(e.locator()).isEqualTo("line 5");
        assertThat(e.getMessage()).contains("unclosed quote: the record starting at line 5 runs to the end of the file");
    }

    @Test
    void formulaLookingCellsAreKeptVerbatimAsData() throws Exception {
        read("hostile/formula.csv");

        assertThat(items).extracting(EvidenceItem::text).containsExactly(
                "=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)");
    }

    @Test
    void invalidUtf8InCsvIsAnEncodingErrorAfterTheRowsBeforeIt() throws Exception {
        ImportException e = readExpectingError("hostile/invalid-utf8.csv", ctx());

        assertThat(items).hasSize(1);
        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        assertThat(e.getMessage()).contains("0xE9").contains("line 3");
    }

    @Test
    void csvWithoutPostCreatedIsUnsupported() throws Exception {
        ImportException e = readExpectingError("hostile/not-crowdtangle.csv", ctx());

        assertThat(e.category()).isEqualTo(ImportException.Category.UNSUPPORTED);
        assertThat(e.getMessage()).contains("no 'Post Created' column");
    }

    @Test
    void csvRecordOverTheSizeLimitIsALimitError() throws Exception {
        Path file = root.resolve("huge.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Page Name,Facebook Id,Post Created,Message\nVlast.kz,1,2022-01-05 09:03:12 EST,ok\nVlast.kz,1,2022-01-05 09:03:13 EST,\"");
            char[] block = new char[1 << 16];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 21 * 1_000_000 / block.length + 1; i++) {
                w.write(block);
            }
            w.write("\"\n");
        }

        ImportException e = catchThrowableOfType(ImportException.class, () -> new FacebookImporter().read(file, ctx(), items::add));

        assertThat(items).hasSize(1);
        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.locator()).isEqualTo("line 3");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
