package io.corroborate.importer.twitter;

import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile corpus of docs/security.md, each file with what must happen. */
class HostileInputTest {
    @TempDir
    Path root;

    private final List<EvidenceItem> items = new ArrayList<>();

    private ImportException failure(Path source, BasicImportContext context) {
        try {
            new TwitterImporter().read(source, context, items::add);
        } catch (ImportException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected an ImportException, got " + e, e);
        }
        throw new AssertionError("expected an ImportException, the import succeeded");
    }

    @Test
    void aTruncatedPageKeepsEveryTweetBeforeTheBreakAndNamesTheOffset() throws Exception {
        Path file = Cases.copy("hostile", root).resolve("truncated.jsonl");

        ImportException e = failure(file, Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(e.file()).isEqualTo("hostile/truncated.jsonl");
        assertThat(e.locator()).isEqualTo("byte " + Files.size(file) + " (line 2)");
        assertThat(items).extracting(EvidenceItem::text).containsExactly("первый", "второй");
        assertThat(items.get(1).author()).as("the includes after the break are lost: the id without the name")
                .isEqualTo(new Author("111", null));
    }

    @Test
    void tenThousandDeepNestingHitsTheDepthLimit() {
        ImportException e = failure(Cases.copy("hostile", root).resolve("deep.json"), Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.getMessage()).contains("nesting depth");
        assertThat(items).extracting(EvidenceItem::text).containsExactly("before the bomb");
    }

    @Test
    void aHundredMegabyteStringHitsTheStringLimitWithoutExhaustingMemory() throws Exception {
        Path file = root.resolve("huge.jsonl");
        Fixtures.writeWithHundredMegabytes(file, "{\"data\": [{\"id\": \"1478656024508026880\", \"text\": \"small\"}]}\n{\"data\": [{\"id\": \"1478668162823802880\", \"text\": \""
                    , "\"}]}\n");

        ImportException e = failure(file, Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.getMessage()).contains("String value length");
        assertThat(items).extracting(EvidenceItem::text).containsExactly("small");
    }

    @Test
    void aPageOfMoreThanTwentyThousandTweetsKeepsTheFirstAndTheRestOfTheFile() throws Exception {
        StringBuilder b = new StringBuilder("{\"data\": [");
        for (int i = 1; i <= ApiFile.MAX_PAGE_TWEETS + 3; i++) {
            b.append(i > 1 ? "," : "").append("{\"id\": \"").append(1478656024508026880L + i).append("\", \"text\": \"t").append(i).append("\"}");
        }
        b.append("]}\n{\"data\": [{\"id\": \"1478668162823802880\", \"text\": \"next page\"}]}\n");
        Path file = root.resolve("big-page.jsonl");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        List<EvidenceItem> read = Cases.read(file, context);

        assertThat(read).hasSize(ApiFile.MAX_PAGE_TWEETS + 1);
        assertThat(read.get(ApiFile.MAX_PAGE_TWEETS - 1).text()).isEqualTo("t" + ApiFile.MAX_PAGE_TWEETS);
        assertThat(read.get(ApiFile.MAX_PAGE_TWEETS).text()).isEqualTo("next page");
        assertThat(context.skippedRecords()).hasSize(3).first().hasToString("big-page.jsonl: line 1 /data/20000: the page holds more than 20000"
                + " tweets (the API returns at most 500); the tweets past that are not read");
    }

    @Test
    void includesPastTheLimitAreDroppedWithAWarningAndThePageStillImported() throws Exception {
        StringBuilder b = new StringBuilder("{\"data\": [{\"id\": \"1478656024508026880\", \"text\": \"kept\", \"author_id\": \"7\"}],"
                + " \"includes\": {\"users\": [{\"id\": \"7\", \"username\": \"witness\", \"name\": \"A Witness\"}");
        for (int i = 1; i <= ApiFile.MAX_INCLUDES; i++) {
            b.append(",{\"id\": \"u").append(i).append("\"}");
        }
        b.append("]}}\n");
        Path file = root.resolve("big-includes.jsonl");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        List<EvidenceItem> read = Cases.read(file, context);

        assertThat(read).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("kept");
            assertThat(t.author().name()).isEqualTo("A Witness");
            assertThat(t.url()).isEqualTo("https://x.com/witness/status/1478656024508026880");
        });
        assertThat(context.warnings()).singleElement().asString()
                .isEqualTo("big-includes.jsonl: line 1 /includes: the page's includes hold more than 100000 objects; the 1 past that were not read,"
                        + " so the tweets that name them lack those users, media, places or quoted tweets");
    }

    @Test
    void invalidUtf8IsAnEncodingErrorNamingTheOffsetNeverReplaced() {
        ImportException e = failure(Cases.copy("hostile", root).resolve("invalid-utf8.jsonl"), Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        // the invalid sequence C3 28 starts at byte 225
        assertThat(e.locator()).matches("byte 22[5-7] \\(line 2\\)");
        assertThat(items).extracting(EvidenceItem::text).containsExactly("valid");
    }

    @Test
    void aUtf8ByteOrderMarkBeforeAnApiV2PageIsAccepted() throws Exception {
        Path page = Cases.copy("v2", root).resolve("search.json");
        List<EvidenceItem> withoutBom = Cases.read(page, Cases.context(root));
        prependByteOrderMark(page);

        new TwitterImporter().read(page, Cases.context(root), items::add);

        assertThat(withoutBom).isNotEmpty();
        assertThat(items).extracting(EvidenceItem::id).isEqualTo(withoutBom.stream().map(EvidenceItem::id).toList());
        assertThat(items).extracting(EvidenceItem::text).isEqualTo(withoutBom.stream().map(EvidenceItem::text).toList());
        assertThat(items.get(0).provenance().locator()).isEqualTo("line 1 /data/0");
    }

    @Test
    void aUtf8ByteOrderMarkBeforeTheArchivesTweetsJsIsAccepted() throws Exception {
        Path archive = Cases.copy("archive", root);
        List<EvidenceItem> withoutBom = Cases.read(archive, Cases.context(root));
        prependByteOrderMark(archive.resolve("data/tweets.js"));

        new TwitterImporter().read(archive, Cases.context(root), items::add);

        assertThat(withoutBom).hasSize(4);
        assertThat(items).extracting(EvidenceItem::id).isEqualTo(withoutBom.stream().map(EvidenceItem::id).toList());
        assertThat(items).extracting(EvidenceItem::text).isEqualTo(withoutBom.stream().map(EvidenceItem::text).toList());
        assertThat(items.get(0).provenance().source()).isEqualTo("archive/data/tweets.js");
    }

    @Test
    void scriptsFormulasAndJavascriptUrlsAreKeptVerbatimAsData() throws Exception {
        new TwitterImporter().read(Cases.copy("hostile", root).resolve("script.json"), Cases.context(root), items::add);

        assertThat(items).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("<script>alert(1)</script> =cmd|' /C calc'!A0 https://t.co/j");
            assertThat(t.links()).containsExactly("javascript:alert(document.cookie)");
        });
    }

    @Test
    void anArchiveMediaFileLinkingOutOfTheCaseIsRefusedAndTheTweetKept() throws Exception {
        Path outside = Files.createTempFile("outside", ".jpg");
        try {
            Path folder = Cases.copy("archive", root);
            Path media = folder.resolve("data/tweets_media/1478653294016122880-FIQ1xyzVkAAbCdE.jpg");
            Files.delete(media);
            Files.createSymbolicLink(media, outside);
            BasicImportContext context = Cases.context(root);

            new TwitterImporter().read(folder, context, items::add);

            assertThat(items).hasSize(4);
            assertThat(items.get(0).media()).singleElement().satisfies(m -> assertThat(m.path()).isNull());
            assertThat(context.warnings()).extracting(BasicImportContext.Report::message)
                    .anySatisfy(m -> assertThat(m).contains("refused").contains("link that leaves the case"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aRecordThatIsNoTweetIsSkippedAndTheRestImported() throws Exception {
        Path file = root.resolve("mixed.jsonl");
        Files.writeString(file, """
                {"hello": "world"}
                {"data": [{"id": "not-digits", "text": "x"}, {"id": "1478656024508026880", "text": "ok", "created_at": "2022-01-05T09:14:03.000Z"}]}
                """, StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        new TwitterImporter().read(file, context, items::add);

        assertThat(items).extracting(EvidenceItem::text).containsExactly("ok");
        assertThat(context.skippedRecords()).extracting(BasicImportContext.Report::locator).containsExactly("line 1", "line 2 /data/0");
    }

    @Test
    void anEmptyFileIsReportedAsTruncated() throws Exception {
        Path file = root.resolve("empty.json");
        Files.write(file, new byte[0]);

        assertThat(failure(file, Cases.context(root)).category()).isEqualTo(ImportException.Category.TRUNCATED);
    }

    @Test
    void overlongFormsAndEncodedSurrogatesAreEncodingErrorsNotSilentlyDecoded() throws Exception {
        byte[] head = ("{\"data\":[{\"id\":\"1478656024508026880\",\"text\":\"ok\",\"created_at\":\"2022-01-05T09:14:03.000Z\"}]}\n"
                + "{\"data\":[{\"id\":\"1478656024508026881\",\"created_at\":\"2022-01-05T09:14:03.000Z\",\"text\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xC0, (byte) 0xAF};
        byte[] tail = "\"}]}\n".getBytes(StandardCharsets.UTF_8);
        Path file = root.resolve("pages.jsonl");
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(file, all);

        ImportException e = failure(file, Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        assertThat(e.locator()).isEqualTo("byte " + head.length + " (line 2)");
        assertThat(items).extracting(EvidenceItem::id).containsExactly("twitter:1478656024508026880");
    }

    @Test
    void aFileInTheSourceFolderThatIsALinkOutOfTheCaseIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".jsonl");
        try {
            Files.writeString(outside, "{\"data\":[{\"id\":\"1478656024508026880\",\"text\":\"secret\",\"created_at\":\"2022-01-05T09:14:03.000Z\"}]}\n");
            Path folder = Files.createDirectories(root.resolve("pages"));
            Files.createSymbolicLink(folder.resolve("page.jsonl"), outside);

            ImportException e = failure(folder, Cases.context(root));

            assertThat(e.category()).isEqualTo(ImportException.Category.UNSAFE_PATH);
            assertThat(items).isEmpty();
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private static void prependByteOrderMark(Path file) throws Exception {
        byte[] body = Files.readAllBytes(file);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
    }
}
