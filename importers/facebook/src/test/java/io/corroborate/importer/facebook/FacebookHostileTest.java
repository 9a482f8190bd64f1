package io.corroborate.importer.facebook;

import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.MediaRef;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    void hundredMegabyteStringIsALimitAfterThePostsBeforeIt() throws Exception {
        Path file = root.resolve("your_posts_1.json");
        Fixtures.writeWithHundredMegabytes(file, """
                [{"timestamp": 1641373392, "data": [{"post": "before the huge one"}]},
                 {"timestamp": 1641373393, "data": [{"post": \"""", "\"}]}]");

        ImportException e = catchThrowableOfType(ImportException.class, () -> new FacebookImporter().read(file, ctx(), items::add));

        assertThat(items).extracting(EvidenceItem::text).containsExactly("before the huge one");
        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.file()).isEqualTo("your_posts_1.json");
        assertThat(e.locator()).startsWith("byte ").contains("line 2");
        assertThat(e.getMessage()).contains("string length " + Json.MAX_STRING);
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
    void csvRecordWithAHundredMegabyteValueIsALimitErrorAfterTheRowsBeforeIt() throws Exception {
        Path file = root.resolve("huge.csv");
        Fixtures.writeWithHundredMegabytes(file, "Page Name,Facebook Id,Post Created,Message\nVlast.kz,1,2022-01-05 09:03:12 EST,ok\n"
                + "Vlast.kz,1,2022-01-05 09:03:13 EST,\"", "\"\nVlast.kz,1,2022-01-05 09:03:14 EST,never read\n");

        ImportException e = catchThrowableOfType(ImportException.class, () -> new FacebookImporter().read(file, ctx(), items::add));

        assertThat(items).extracting(EvidenceItem::text).containsExactly("ok");
        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.file()).isEqualTo("huge.csv");
        assertThat(e.locator()).isEqualTo("line 3");
        assertThat(e.getMessage()).contains("longer than " + CrowdTangleCsv.MAX_RECORD_CHARS + " characters");
    }

    @Test
    void mediaFileThatIsALinkOutOfTheCaseIsRefusedAndThePostKept(@TempDir Path outside) throws Exception {
        String export = "facebook/classic/facebook-aigerim.nurlanova-2022-01-20-Ab12Cd34";
        copy("facebook", root);
        Path secret = Files.writeString(outside.resolve("secret.mp4"), "a file outside the case folder");
        Path video = root.resolve(export + "/posts/media/videos/1023456789012345_n.mp4");
        Files.delete(video);
        Files.createSymbolicLink(video, secret);
        BasicImportContext ctx = context(root);

        new FacebookImporter().read(root.resolve(export), ctx, items::add);

        String owner = ImportRun.pseudonym("Айгерим Нурланова");
        assertThat(items).hasSize(3);
        EvidenceItem post = item(items, "facebook:" + owner + ":1641380000");
        assertThat(post.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isNull();
            assertThat(m.sha256()).isNull();
            assertThat(m.exported()).isFalse();
        });
        assertThat(items).flatExtracting(EvidenceItem::media).extracting(MediaRef::sha256).doesNotContain(Hashes.sha256(secret));
        assertThat(ctx.warnings()).extracting(BasicImportContext.Report::message).anySatisfy(m -> assertThat(m)
                .contains("media path refused").contains("'posts/media/videos/1023456789012345_n.mp4' is a link that leaves the case folder"));
    }

    @Test
    void postsFileThatIsALinkOutOfTheCaseIsRefused(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("your_posts_1.json"), "[{\"timestamp\": 1641373392, \"data\": [{\"post\": \"secret\"}]}]");
        Path folder = Files.createDirectories(root.resolve("export/posts"));
        Files.writeString(folder.resolve("your_posts_2.json"), "[{\"timestamp\": 1641373500, \"data\": [{\"post\": \"inside\"}]}]");
        Files.createSymbolicLink(folder.resolve("your_posts_1.json"), secret);
        BasicImportContext ctx = ctx();

        ImportException e = catchThrowableOfType(ImportException.class, () -> new FacebookImporter().read(root.resolve("export"), ctx, items::add));

        assertThat(items).extracting(EvidenceItem::text).containsExactly("inside");
        assertThat(e.category()).isEqualTo(ImportException.Category.UNSAFE_PATH);
        assertThat(e.getMessage()).contains("is a link that leaves the case folder");
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
