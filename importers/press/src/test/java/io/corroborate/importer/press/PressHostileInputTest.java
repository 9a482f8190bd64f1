package io.corroborate.importer.press;

import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportException;
import io.corroborate.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The hostile corpus of src/test/resources/hostile: each file and what must happen to it. */
class PressHostileInputTest {
    @TempDir
    Path caseRoot;

    private static String everything(PressHarness.Result r) {
        StringBuilder b = new StringBuilder();
        for (EvidenceItem i : r.items()) {
            b.append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void xxeEntityIsNeverResolvedAndTheItemsBeforeItAreKept() {
        PressHarness.Result r = PressHarness.run("hostile/xxe.rss", caseRoot);
        assertThat(r.ids()).containsExactly("press:hostile.example:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(r.error().locator()).isEqualTo("line 19, column 25");
        assertThat(everything(r)).doesNotContain("root:");
    }

    @Test
    void xxeCannotReadAFileOfTheCase() throws Exception {
        Path secret = Files.writeString(caseRoot.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path feed = Files.writeString(caseRoot.resolve("leak.rss"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY %% remote SYSTEM "%s">
                  %%remote;
                  <!ENTITY leak SYSTEM "%s">
                ]>
                <rss version="2.0"><channel><title>t</title>
                <item><title>&leak;</title><link>https://hostile.example/1</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                </channel></rss>
                """.formatted(secret.toUri(), secret.toUri()));
        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());
        assertThat(r.error()).isNotNull();
        assertThat(everything(r)).doesNotContain("TOP-SECRET-CONTENT");
        assertThat(r.error().getMessage()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void externalDtdIsNotLoaded() {
        PressHarness.copy("hostile/evil.dtd", caseRoot);
        PressHarness.Result r = PressHarness.run("hostile/external-dtd.rss", caseRoot);
        assertThat(r.ids()).containsExactly("press:hostile.example:1");
        assertThat(r.error().getMessage()).contains("fromdtd");
        assertThat(everything(r)).doesNotContain("EXTERNAL-DTD-WAS-READ");
    }

    @Test
    void billionLaughsIsNotExpanded() {
        PressHarness.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PressHarness.run("hostile/billion-laughs.rss", caseRoot));
        assertThat(r.ids()).containsExactly("press:hostile.example:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.MALFORMED);
        assertThat(everything(r)).doesNotContain("lollol");
    }

    @Test
    void truncatedFeedKeepsItsCompleteItemsAndNamesTheLine() {
        PressHarness.Result r = PressHarness.run("hostile/truncated.rss", caseRoot);
        assertThat(r.ids()).containsExactly("press:cut.example:1", "press:cut.example:2");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(r.error().file()).isEqualTo("hostile/truncated.rss");
        assertThat(r.error().locator()).startsWith("line 18");
        assertThat(r.error().getMessage()).contains("<item> of line 17");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffsetNotReplaced() throws Exception {
        PressHarness.Result r = PressHarness.run("hostile/invalid-utf8.rss", caseRoot);
        assertThat(r.ids()).containsExactly("press:bytes.example:1");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.ENCODING);
        byte[] bytes = Files.readAllBytes(caseRoot.resolve("hostile/invalid-utf8.rss"));
        assertThat(bytes[390] & 0xff).isEqualTo(0xff);
        assertThat(r.error().locator()).isEqualTo("byte 390");
        assertThat(everything(r)).doesNotContain("\ufffd");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        PressHarness.Result r = PressHarness.run("hostile/bom.rss", caseRoot);
        assertThat(r.error()).isNull();
        assertThat(r.item("press:bom.example:1").title()).isEqualTo("Алматы, 5 января");
    }

    @Test
    void tooDeepJsonLdIsIgnoredWithAWarningAndThePageStillImported() {
        PressHarness.Result r = PressHarness.run("hostile/deep-jsonld.html", caseRoot);
        assertThat(r.item("press:deep.example:a/1").title()).isEqualTo("Still imported from Open Graph");
        assertThat(r.context().warnings()).singleElement().satisfies(w -> {
            assertThat(w.locator()).isEqualTo("ld+json block 1");
            assertThat(w.message()).contains("safety limit").contains("nesting depth");
        });
    }

    @Test
    void scriptsAndJavascriptUrlsStayInertText() {
        PressHarness.Result r = PressHarness.run("hostile/script-article.html", caseRoot);
        EvidenceItem item = r.item("press:hostile.example:a/9");
        // text that quotes code is kept verbatim as characters; it is data, never markup
        assertThat(item.text()).isEqualTo("Quoted code: <script>alert('body')</script> stays text.");
        assertThat(item.title()).isEqualTo("<img src=x onerror=alert(1)>Headline");
        assertThat(item.url()).isEqualTo("https://hostile.example/a/9");
        assertThat(item.links()).containsExactly("https://hostile.example/source");
        assertThat(everything(r)).doesNotContainIgnoringCase("javascript:").doesNotContain("data:text")
                .doesNotContain("page script must never run").doesNotContain("inline script inside the article");
    }

    @Test
    void pageArticleTextKeepsEscapedMarkupAsCharacters() throws Exception {
        String page = Files.readString(PressHarness.copy("hostile/script-article.html", caseRoot))
                .replaceFirst("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        Path stripped = Files.writeString(caseRoot.resolve("no-ld.html"), page);
        EvidenceItem item = PressHarness.run(stripped, caseRoot, null, Map.of()).items().get(0);
        assertThat(item.text()).startsWith("The post said <script>alert(1)</script> and nothing happened.")
                .doesNotContain("inline script inside the article");
    }

    @Test
    void xmlThatIsNotAFeedIsRefused() {
        PressHarness.Result r = PressHarness.run("hostile/not-a-feed.xml", caseRoot);
        assertThat(r.items()).isEmpty();
        assertThat(r.error().category()).isEqualTo(ImportException.Category.UNSUPPORTED);
        assertThat(r.error().getMessage()).contains("<urlset>");
    }

    @Test
    void tooDeeplyNestedEntryIsSkippedAndTheNextOneRead() throws Exception {
        String deep = "<x>".repeat(500) + "</x>".repeat(500);
        Path feed = Files.writeString(caseRoot.resolve("deep.rss"), """
                <rss version="2.0"><channel><title>t</title>
                <item><title>deep</title><link>https://hostile.example/deep</link><description>%s</description></item>
                <item><title>fine</title><link>https://hostile.example/fine</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                </channel></rss>
                """.formatted(deep));
        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());
        assertThat(r.ids()).containsExactly("press:hostile.example:fine");
        assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> assertThat(s.message()).contains("nested deeper than 64"));
    }

    @Test
    void hugeEntryIsSkippedWithoutBuildingIt() throws Exception {
        Path feed = caseRoot.resolve("huge.rss");
        try (var w = Files.newBufferedWriter(feed)) {
            w.write("<rss version=\"2.0\"><channel><title>t</title><item><title>huge</title><link>https://hostile.example/huge</link><description>");
            String chunk = "x".repeat(1 << 16);
            for (int i = 0; i < 160; i++) {
                w.write(chunk);
            }
            w.write("</description></item><item><title>fine</title><link>https://hostile.example/fine</link>"
                    + "<pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item></channel></rss>");
        }
        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());
        assertThat(r.ids()).containsExactly("press:hostile.example:fine");
        assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> assertThat(s.message()).contains("MiB of text"));
    }

    @Test
    void hundredMegabyteStringInAnEntryIsSkippedAndTheEntriesAroundItKept() throws Exception {
        Path feed = caseRoot.resolve("huge.rss");
        Fixtures.writeWithHundredMegabytes(feed, """
                <rss version="2.0"><channel><title>t</title>
                <item><title>before</title><link>https://hostile.example/before</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                <item><title>huge</title><link>https://hostile.example/huge</link><description>""", """
                </description></item>
                <item><title>after</title><link>https://hostile.example/after</link><pubDate>Wed, 05 Jan 2022 16:00:00 +0600</pubDate></item>
                </channel></rss>
                """);

        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());

        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("press:hostile.example:before", "press:hostile.example:after");
        assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("huge.rss");
            assertThat(s.locator()).isEqualTo("line 3");
            assertThat(s.message()).isEqualTo("entry has more than 8 MiB of text");
        });
    }

    @Test
    void hundredMegabyteCdataSectionIsALimitErrorAfterTheEntriesBeforeIt() throws Exception {
        Path feed = caseRoot.resolve("huge-cdata.rss");
        Fixtures.writeWithHundredMegabytes(feed, """
                <rss version="2.0"><channel><title>t</title>
                <item><title>before</title><link>https://hostile.example/before</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                <item><title>huge</title><link>https://hostile.example/huge</link><description><![CDATA[<p>""", """
                </p>]]></description></item>
                </channel></rss>
                """);

        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());

        assertThat(r.ids()).containsExactly("press:hostile.example:before");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("huge-cdata.rss");
        assertThat(r.error().locator()).isEqualTo("line 3");
        assertThat(r.error().getMessage()).contains("a CDATA section starting at line 3 is longer than " + FeedReader.MAX_MARKUP_CHARS + " characters");
    }

    @Test
    void hundredMegabyteAttributeIsALimitErrorAfterTheEntriesBeforeIt() throws Exception {
        Path feed = caseRoot.resolve("huge-attribute.rss");
        Fixtures.writeWithHundredMegabytes(feed, """
                <rss version="2.0"><channel><title>t</title>
                <item><title>before</title><link>https://hostile.example/before</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                <item><title>huge</title><link>https://hostile.example/huge</link>
                <enclosure type="video/mp4" url="https://hostile.example/""", """
                .mp4"/></item>
                </channel></rss>
                """);

        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());

        assertThat(r.ids()).containsExactly("press:hostile.example:before");
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("huge-attribute.rss");
        assertThat(r.error().locator()).isEqualTo("line 4");
        assertThat(r.error().getMessage()).contains("a tag starting at line 4 is longer than " + FeedReader.MAX_MARKUP_CHARS + " characters");
    }

    @Test
    void hundredMegabyteChannelTitleIsCutAndTheEntriesStillRead() throws Exception {
        Path feed = caseRoot.resolve("huge-title.rss");
        Fixtures.writeWithHundredMegabytes(feed, "<rss version=\"2.0\"><channel><title>", """
                </title>
                <item><title>fine</title><link>https://hostile.example/fine</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                </channel></rss>
                """);

        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());

        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("press:hostile.example:fine");
        assertThat(r.item("press:hostile.example:fine").author().name()).hasSizeLessThan(200_000);
    }

    @Test
    void tenThousandDeepNestingInAnEntryIsSkippedAndTheEntriesAroundItKept() throws Exception {
        Path feed = Files.writeString(caseRoot.resolve("deep.rss"), """
                <rss version="2.0"><channel><title>t</title>
                <item><title>before</title><link>https://hostile.example/before</link><pubDate>Wed, 05 Jan 2022 15:00:00 +0600</pubDate></item>
                <item><title>deep</title><link>https://hostile.example/deep</link><description>%s</description></item>
                <item><title>after</title><link>https://hostile.example/after</link><pubDate>Wed, 05 Jan 2022 16:00:00 +0600</pubDate></item>
                </channel></rss>
                """.formatted("<x>".repeat(10_000) + "</x>".repeat(10_000)));

        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());

        assertThat(r.error()).isNull();
        assertThat(r.ids()).containsExactly("press:hostile.example:before", "press:hostile.example:after");
        assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> {
            assertThat(s.locator()).isEqualTo("line 3");
            assertThat(s.message()).isEqualTo("entry has elements nested deeper than " + FeedReader.MAX_ENTRY_DEPTH);
        });
    }

    @Test
    void hundredMegabytePageIsRefusedWithALimitErrorBeforeItIsRead() throws Exception {
        Path page = caseRoot.resolve("big.html");
        Fixtures.writeWithHundredMegabytes(page, "<!doctype html><html><head><title>big</title></head><body><p>", "</p></body></html>");

        PressHarness.Result r = PressHarness.run(page, caseRoot, null, Map.of());

        assertThat(r.items()).isEmpty();
        assertThat(r.error().category()).isEqualTo(ImportException.Category.LIMIT);
        assertThat(r.error().file()).isEqualTo("big.html");
        assertThat(r.error().locator()).isEqualTo("page");
        assertThat(r.error().getMessage()).contains("more than the " + (ArticlePageReader.MAX_PAGE_BYTES >> 20) + " MiB");
    }

    @Test
    void formulaLookingTitlesAndTextAreKeptVerbatimAsData() {
        PressHarness.Result r = PressHarness.run("hostile/formula.rss", caseRoot);

        assertThat(r.error()).isNull();
        EvidenceItem first = r.item("press:formula.example:1");
        assertThat(first.title()).isEqualTo("=HYPERLINK(\"http://evil.example/x\",\"click me\")");
        assertThat(first.text()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(first.author().name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Formula Wire\")");
        assertThat(PressHarness.clue(first, ClueKinds.PUBLISHED)).hasValueSatisfying(c -> assertThat(c.note()).endsWith("; by @SUM(A1:A2)"));
        EvidenceItem second = r.item("press:formula.example:2");
        assertThat(second.title()).isEqualTo("-2+3");
        assertThat(second.text()).isEqualTo("=cmd|' /C calc'!A0\n\n@SUM(1+1)");
    }

    @Test
    void symlinkLeavingTheCaseIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".rss");
        try {
            Files.writeString(outside, "<rss version=\"2.0\"><channel><item><link>https://outside.example/1</link></item></channel></rss>");
            Files.createDirectories(caseRoot.resolve("press"));
            try {
                Files.createSymbolicLink(caseRoot.resolve("press/link.rss"), outside);
            } catch (UnsupportedOperationException | java.io.IOException e) {
                org.junit.jupiter.api.Assumptions.abort("symbolic links not supported here");
            }
            PressHarness.Result r = PressHarness.run(caseRoot.resolve("press"), caseRoot, null, Map.of());
            assertThat(r.items()).isEmpty();
            assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> assertThat(s.message()).contains("leaves the case folder"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
