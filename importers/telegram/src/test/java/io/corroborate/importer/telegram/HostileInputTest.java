package io.corroborate.importer.telegram;

import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hostile corpus of docs/security.md, each file with what must happen. */
class HostileInputTest {
    @TempDir
    Path root;

    private final List<EvidenceItem> items = new ArrayList<>();

    private ImportException failure(Path file, BasicImportContext context) {
        try {
            new TelegramImporter().read(file, context, items::add);
        } catch (ImportException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected an ImportException, got " + e, e);
        }
        throw new AssertionError("expected an ImportException, the import succeeded");
    }

    @Test
    void aTruncatedExportKeepsTheMessagesBeforeTheBreakAndNamesTheOffset() throws Exception {
        Path file = Cases.copy("hostile", root).resolve("truncated.json");

        ImportException e = failure(file, Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(e.file()).isEqualTo("hostile/truncated.json");
        assertThat(e.locator()).isEqualTo("byte " + Files.size(file) + " (line 31)");
        assertThat(items).extracting(EvidenceItem::id).containsExactly("telegram:1234567890:1", "telegram:1234567890:2");
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
        Path file = root.resolve("huge.json");
        Fixtures.writeWithHundredMegabytes(file, """
                    {"name": "C", "type": "public_channel", "id": 5, "messages": [
                     {"id": 1, "type": "message", "date_unixtime": "1641373964", "text": "small"},
                     {"id": 2, "type": "message", "date_unixtime": "1641374043", "text": \"""", "\"}]}");

        ImportException e = failure(file, Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(e.getMessage()).contains("String value length");
        assertThat(items).extracting(EvidenceItem::text).containsExactly("small");
    }

    @Test
    void aMessageWhoseTextPartsAddUpPastTheLimitIsSkippedAndTheFileReadOn() throws Exception {
        Path file = root.resolve("long-parts.json");
        String part = "b".repeat(8_000_000);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("""
                    {"name": "C", "type": "public_channel", "id": 5, "messages": [
                     {"id": 1, "type": "message", "date_unixtime": "1641373964", "text": "before"},
                     {"id": 2, "type": "message", "date_unixtime": "1641374043", "text": [""".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                out.write(((i > 0 ? "," : "") + "\"" + part + "\"").getBytes(StandardCharsets.UTF_8));
            }
            out.write("""
                    ]},
                     {"id": 3, "type": "message", "date_unixtime": "1641374100", "text": "after"}]}
                    """.getBytes(StandardCharsets.UTF_8));
        }
        BasicImportContext context = Cases.context(root);

        new TelegramImporter().read(file, context, items::add);

        assertThat(items).extracting(EvidenceItem::text).containsExactly("before", "after");
        assertThat(context.skippedRecords()).singleElement().satisfies(r -> {
            assertThat(r.locator()).isEqualTo("/messages/1");
            assertThat(r.message()).contains("message 2", "more than 20000000 characters");
        });
    }

    @Test
    void invalidUtf8IsAnEncodingErrorNamingTheOffsetNeverReplaced() {
        ImportException e = failure(Cases.copy("hostile", root).resolve("invalid-utf8.json"), Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        // the file's bad byte 0xFF sits at offset 461; the parser reports it once read
        assertThat(e.locator()).matches("byte 46[12] \\(line \\d+\\)");
        assertThat(items).extracting(EvidenceItem::text).containsExactly("valid");
    }

    @Test
    void pathsLeavingTheCaseAreRefusedWithAWarningAndTheItemsKeptWithoutThem() throws Exception {
        BasicImportContext context = Cases.context(root);
        Path file = Cases.copy("hostile", root).resolve("traversal.json");

        new TelegramImporter().read(file, context, items::add);

        assertThat(items).hasSize(3);
        assertThat(items.get(0).media()).singleElement().satisfies(m -> assertThat(m.path()).isNull());
        assertThat(items.get(1).media()).singleElement().satisfies(m -> assertThat(m.path()).isNull());
        assertThat(items.get(2).media()).singleElement().satisfies(m -> assertThat(m.path()).isEqualTo("hostile/media/ok.jpg"));
        assertThat(context.warnings()).extracting(BasicImportContext.Report::message)
                .anySatisfy(m -> assertThat(m).contains("message 1").contains("refused").contains("../../etc/passwd"))
                .anySatisfy(m -> assertThat(m).contains("message 2").contains("refused").contains("absolute path"));
    }

    @Test
    void aSymlinkPointingOutOfTheCaseIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".jpg");
        try {
            Path folder = Cases.copy("hostile", root);
            Files.delete(folder.resolve("media/ok.jpg"));
            Files.createSymbolicLink(folder.resolve("media/ok.jpg"), outside);
            BasicImportContext context = Cases.context(root);

            new TelegramImporter().read(folder.resolve("traversal.json"), context, items::add);

            assertThat(items.get(2).media()).singleElement().satisfies(m -> assertThat(m.path()).isNull());
            assertThat(context.warnings()).extracting(BasicImportContext.Report::message)
                    .anySatisfy(m -> assertThat(m).contains("message 3").contains("link that leaves the case"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void scriptsAndJavascriptUrlsAreKeptVerbatimAsData() throws Exception {
        new TelegramImporter().read(Cases.copy("hostile", root).resolve("script.json"), Cases.context(root), items::add);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.text()).isEqualTo("<script>alert('x')</script> =HYPERLINK(\"http://evil\") click");
            assertThat(i.links()).containsExactly("javascript:alert(document.cookie)");
        });
    }

    @Test
    void anEmptyFileIsReportedAsTruncated() throws Exception {
        Path file = root.resolve("result.json");
        Files.write(file, new byte[0]);

        assertThat(failure(file, Cases.context(root)).category()).isEqualTo(ImportException.Category.TRUNCATED);
    }

    @Test
    void aMissingSourceIsUnreadable() {
        assertThatThrownBy(() -> new TelegramImporter().read(root.resolve("nope.json"), Cases.context(root), items::add))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.category()).isEqualTo(ImportException.Category.UNREADABLE));
    }

    @Test
    void brokenSyntaxThatIsNoKnownDefectStillFailsAfterTheRepairingPassWithoutDuplicates() throws Exception {
        Path file = root.resolve("result.json");
        Files.writeString(file, """
                {"name": "C", "type": "public_channel", "id": 5, "messages": [
                 {"id": 1, "type": "message", "date_unixtime": "1641373964", "text": "a"},
                 {"id": 2, "type": "message", "date_unixtime": "1641374043", "text": "b"} oops,
                 {"id": 3, "type": "message", "date_unixtime": "1641374410", "text": "c"}
                ]}""", StandardCharsets.UTF_8);
        BasicImportContext context = Cases.context(root);

        ImportException e = failure(file, context);

        assertThat(e.category()).isEqualTo(ImportException.Category.MALFORMED);
        // the stray token starts at byte 212
        assertThat(e.locator()).isEqualTo("byte 212 (line 3)");
        assertThat(items).extracting(EvidenceItem::id).containsExactly("telegram:5:1", "telegram:5:2");
        assertThat(context.skippedRecords()).isEmpty();
    }

    @Test
    void overlongFormsAndEncodedSurrogatesAreEncodingErrorsNotSilentlyDecoded() throws Exception {
        byte[] head = "{\"name\":\"c\",\"type\":\"public_channel\",\"id\":1,\"messages\":[{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"1641374043\",\"text\":\"ok\"},{\"id\":2,\"type\":\"message\",\"date_unixtime\":\"1641374043\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xC0, (byte) 0xAF};
        byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
        Path file = root.resolve("surrogate.json");
        Files.write(file, concat(head, bad, tail));

        ImportException e = failure(file, Cases.context(root));

        assertThat(e.category()).isEqualTo(ImportException.Category.ENCODING);
        assertThat(e.locator()).isEqualTo("byte " + head.length + " (line 1)");
        assertThat(items).extracting(EvidenceItem::id).containsExactly("telegram:1:1");
    }

    @Test
    void anExportFileThatIsALinkOutOfTheCaseIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".json");
        try {
            Files.writeString(outside, "{\"name\":\"c\",\"type\":\"public_channel\",\"id\":1,\"messages\":[]}");
            Path folder = Files.createDirectories(root.resolve("export"));
            Files.createSymbolicLink(folder.resolve("result.json"), outside);

            ImportException e = failure(folder, Cases.context(root));

            assertThat(e.category()).isEqualTo(ImportException.Category.UNSAFE_PATH);
            assertThat(e.getMessage()).contains("is a link that leaves the case folder");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
