package io.corroborate.importer.ytdlp;

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

import static io.corroborate.importer.ytdlp.TestCases.context;
import static io.corroborate.importer.ytdlp.TestCases.copy;
import static io.corroborate.importer.ytdlp.TestCases.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The hostile corpus under src/test/resources/hostile: each file and what must happen to it. */
class YtDlpHostileTest {
    @TempDir
    Path root;

    private final List<EvidenceItem> items = new ArrayList<>();

    private ImportException readExpectingError(Path file, BasicImportContext ctx) {
        return catchThrowableOfType(ImportException.class, () -> new YtDlpImporter().read(file, ctx, items::add));
    }

    @Test
    void truncatedPlaylistKeepsTheEntriesBeforeTheBreakAndNamesTheByteOffset() throws Exception {
        copy("hostile", root);

        ImportException e = readExpectingError(root.resolve("hostile/truncated-playlist.info.json"), context(root));

        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:Pl1aY2lI3sT", "twitter:1478699551412338689");
        assertThat(e.category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(e.file()).isEqualTo("hostile/truncated-playlist.info.json");
        assertThat(e.locator()).startsWith("byte 3355");
    }

    @Test
    void aPageUrlThatIsNotHttpIsLeftOutWithAWarningAndTheVideoKept() throws Exception {
        Path file = java.nio.file.Files.writeString(root.resolve("js.info.json"), """
                {"id": "clip1", "title": "<script>alert(1)</script>", "extractor_key": "Generic",
                 "webpage_url": "javascript:alert(document.cookie)", "timestamp": 1641374043}
                """);
        BasicImportContext ctx = context(root);

        new YtDlpImporter().read(file, ctx, items::add);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("generic:clip1");
            assertThat(i.url()).isNull();
            assertThat(i.title()).isEqualTo("<script>alert(1)</script>");
        });
        assertThat(ctx.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("not an http(s) URL"));
    }

    @Test
    void tenThousandDeepNestingIsALimitError() throws Exception {
        copy("hostile", root);

        ImportException e = readExpectingError(root.resolve("hostile/deep-nesting.info.json"), context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.getMessage()).contains("nesting depth 200");
        assertThat(items).isEmpty();
    }

    @Test
    void hundredMegabyteStringIsALimitErrorAfterTheRecordsBeforeIt() throws Exception {
        Path file = root.resolve("huge.jsonl");
        Fixtures.writeWithHundredMegabytes(file, """
                    {"id": "Sm4llR3c0rd", "title": "before the huge one", "extractor_key": "Youtube", "timestamp": 1641373392}
                    {"id": "HuGeStRiNg1", "extractor_key": "Youtube", "description": \"""", "\"}\n");

        ImportException e = readExpectingError(file, context(root));

        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:Sm4llR3c0rd");
        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.file()).isEqualTo("huge.jsonl");
        assertThat(e.locator()).startsWith("byte ").contains("line 2");
        assertThat(e.getMessage()).contains("string length " + Json.MAX_STRING);
    }

    @Test
    void invalidUtf8IsAnEncodingErrorAfterTheRecordsBeforeIt() throws Exception {
        copy("hostile", root);

        ImportException e = readExpectingError(root.resolve("hostile/invalid-utf8.info.json"), context(root));

        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:G00dRec0rd1");
        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        long badByte = indexOf(Files.readAllBytes(root.resolve("hostile/invalid-utf8.info.json")), (byte) 0xFF);
        assertThat(e.locator()).isEqualTo("byte " + badByte);
        assertThat(e.getMessage()).contains("0xFF");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        copy("hostile", root);
        BasicImportContext ctx = context(root);

        new YtDlpImporter().read(root.resolve("hostile/bom.info.json"), ctx, items::add);

        assertThat(item(items, "youtube:B0mPr3f1x3d").title()).isEqualTo("Файл с BOM");
    }

    @Test
    void wrongTypesSkipOrWarnPerRecordAndFormulaTextIsKeptVerbatim() throws Exception {
        copy("hostile", root);
        BasicImportContext ctx = context(root);

        new YtDlpImporter().read(root.resolve("hostile/wrong-types.jsonl"), ctx, items::add);

        assertThat(ctx.skippedRecords()).extracting(r -> r.locator() + " " + r.message()).containsExactly(
                "/ timestamp 'yesterday' is not a UNIX time",
                "line 3 no id",
                "line 4 timestamp: UNIX time 1000000000000 is out of range",
                "line 6 timestamp 'a JSON object or array' is not a UNIX time");
        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:NegDurat10n", "generic:=HYPERLINK(\"http://evil\")");
        assertThat(item(items, "youtube:NegDurat10n").media().get(0).durationSeconds()).isNull();
        assertThat(ctx.warnings()).extracting(BasicImportContext.Report::message).contains("duration '-5' is not a length in seconds; left out");
        EvidenceItem formula = item(items, "generic:=HYPERLINK(\"http://evil\")");
        assertThat(formula.title()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(formula.text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void htmlInsteadOfJsonIsMalformed() throws Exception {
        copy("hostile", root);

        ImportException e = readExpectingError(root.resolve("hostile/not-json.info.json"), context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(e.locator()).startsWith("byte ");
    }

    @Test
    void emptyFileIsMalformed() throws Exception {
        copy("hostile", root);

        ImportException e = readExpectingError(root.resolve("hostile/empty.info.json"), context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(e.getMessage()).contains("empty");
    }

    @Test
    void brokenFileInAFolderDoesNotStopTheOtherFiles() throws Exception {
        copy("ytdlp", root);
        Path channel = root.resolve("ytdlp/channel");
        Files.writeString(channel.resolve("A broken [AaAaAaAaAaA].info.json"), "{\"id\": \"AaAaAaAaAaA\", \"title\": \"cut");
        BasicImportContext ctx = context(root);

        ImportException e = readExpectingError(channel, ctx);

        assertThat(items).extracting(EvidenceItem::id).containsExactly("youtube:Rl4sT5uV6wX", "youtube:Xk3v9QmP2aA", "youtube:Bc7dE8fG9hI");
        assertThat(e.category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(e.file()).isEqualTo("ytdlp/channel/A broken [AaAaAaAaAaA].info.json");
        assertThat(ctx.warnings()).hasSize(1);
    }

    @Test
    void mediaLinkPointingOutOfTheCaseIsRefusedAndTheItemKept(@TempDir Path outside) throws Exception {
        copy("ytdlp", root);
        Path secret = Files.writeString(outside.resolve("secret.mp4"), "not yours");
        Path channel = root.resolve("ytdlp/channel");
        Files.createSymbolicLink(channel.resolve("Satpayev [Bc7dE8fG9hI].mp4"), secret);
        BasicImportContext ctx = context(root);

        new YtDlpImporter().read(channel.resolve("Satpayev [Bc7dE8fG9hI].info.json"), ctx, items::add);

        EvidenceItem v = item(items, "youtube:Bc7dE8fG9hI");
        assertThat(v.media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isNull();
            assertThat(m.sha256()).isNull();
            assertThat(m.exported()).isFalse();
        });
        assertThat(ctx.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("media file refused").contains("leaves the case folder"));
    }

    @Test
    void filenamesLeavingTheCaseAreReducedToANameBesideTheInfoFileSoNothingOutsideIsRead() throws Exception {
        Path caseRoot = Files.createDirectories(root.resolve("case"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        // the name the first entry's _filename points at, from the info file's folder, outside the case
        Path leak = Files.writeString(outside.resolve("Leak [Tr4v3rs4l01].mp4"), "a file outside the case folder");
        Path folder = copy("hostile/traversal", caseRoot);
        BasicImportContext ctx = context(caseRoot);

        new YtDlpImporter().read(folder.resolve("Traversal playlist [PLtr4v3rs4l].info.json"), ctx, items::add);

        assertThat(items).extracting(EvidenceItem::id)
                .containsExactly("youtube:Tr4v3rs4l01", "youtube:Tr4v3rs4l02", "youtube:Tr4v3rs4l03", "youtube:K3ptB3s1d30");
        for (String id : List.of("youtube:Tr4v3rs4l01", "youtube:Tr4v3rs4l02", "youtube:Tr4v3rs4l03")) {
            assertThat(item(items, id).media()).singleElement().satisfies(m -> {
                assertThat(m.path()).isNull();
                assertThat(m.sha256()).isNull();
                assertThat(m.exported()).isFalse();
            });
        }
        // only the last segment of _filename counts, looked up in the info file's own folder
        Path kept = folder.resolve("Kept [K3ptB3s1d30].mp4");
        assertThat(item(items, "youtube:K3ptB3s1d30").media()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo("hostile/traversal/Kept [K3ptB3s1d30].mp4");
            assertThat(m.sha256()).isEqualTo(Hashes.sha256(kept));
        });
        assertThat(items).flatExtracting(EvidenceItem::media).extracting(MediaRef::sha256).doesNotContain(Hashes.sha256(leak));
        assertThat(ctx.skippedRecords()).isEmpty();
    }

    private static long indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
