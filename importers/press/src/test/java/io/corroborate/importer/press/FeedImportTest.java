package io.corroborate.importer.press;

import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeedImportTest {
    private static final String AKIMAT = "press:steppewire.example:news/2022/01/05/akimat-gunfire";

    @TempDir
    Path caseRoot;

    @Test
    void rssItemBecomesAnArticleOfTheOutlet() {
        EvidenceItem item = PressHarness.run("feeds/rss-dates.xml", caseRoot).item(AKIMAT);
        assertThat(item.platform()).isEqualTo(Platform.PRESS);
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);
        assertThat(item.author()).isEqualTo(new Author("steppewire.example", "Steppe Wire"));
        assertThat(item.title()).isEqualTo("Gunfire reported near the Almaty akimat");
        assertThat(item.text()).isEqualTo("Residents of Republic Square reported shots.\n\nSee the video.");
        assertThat(item.links()).containsExactly("https://t.me/example_channel/1234");
        assertThat(item.media()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("photo");
            assertThat(m.url()).isEqualTo("https://cdn.steppewire.example/img/akimat.jpg");
            assertThat(m.sizeBytes()).isEqualTo(48213L);
        });
        assertThat(item.provenance().source()).isEqualTo("feeds/rss-dates.xml");
        assertThat(item.provenance().locator()).isEqualTo("line 8");
    }

    @Test
    void rfc822PubDateWithOffsetBecomesPublishedClue() {
        EvidenceItem item = PressHarness.run("feeds/rss-dates.xml", caseRoot).item(AKIMAT);
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:12:44Z"));
        assertThat(PressHarness.clue(item, ClueKinds.PUBLISHED)).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(AKIMAT + "/published");
            assertThat(c.value()).isEqualTo("2022-01-05T09:12:44Z");
            assertThat(c.statedBy()).isEqualTo("press");
            assertThat(c.note()).contains("Wed, 05 Jan 2022 15:12:44 +0600").contains("by Aigerim Sadykova");
        });
    }

    @Test
    void twoDigitYearEstMinutePrecisionAndDcDateAreRead() {
        PressHarness.Result r = PressHarness.run("feeds/rss-dates.xml", caseRoot);
        assertThat(r.item("press:steppewire.example:news/2022/01/05/internet-down").publishedAt())
                .isEqualTo(Instant.parse("2022-01-05T09:30:00Z"));
        assertThat(PressHarness.clue(r.item("press:steppewire.example:news/2022/01/06/airport"), ClueKinds.PUBLISHED))
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("2022-01-06T03:00:00Z/2022-01-06T03:00:59Z"));
        assertThat(PressHarness.clue(r.item("press:steppewire.example:news/2022/01/05/curfew"), ClueKinds.PUBLISHED))
                .hasValueSatisfying(c -> {
                    assertThat(c.value()).isEqualTo("2022-01-05T12:30:00Z");
                    assertThat(c.note()).startsWith("dc:date");
                });
        assertThat(r.context().skippedRecords()).isEmpty();
        assertThat(r.error()).isNull();
    }

    @Test
    void contentEncodedWinsOverDescriptionAndScriptsAreNotText() {
        EvidenceItem item = PressHarness.run("feeds/rss-dates.xml", caseRoot).item("press:steppewire.example:news/2022/01/06/airport");
        assertThat(item.text()).isEqualTo("The airport was taken overnight.");
    }

    @Test
    void zoneLessPubDateIsSkippedWithoutSourceZone() {
        PressHarness.Result r = PressHarness.run("feeds/rss-zoneless.xml", caseRoot);
        assertThat(r.ids()).containsExactly("press:almatylocal.example:a/1002");
        assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> {
            assertThat(s.locator()).isEqualTo("line 7");
            assertThat(s.message()).contains("pubDate").contains("has no time zone");
        });
    }

    @Test
    void zoneLessPubDateIsReadInTheSourceZone() {
        Path feed = PressHarness.copy("feeds/rss-zoneless.xml", caseRoot);
        PressHarness.Result r = PressHarness.run(feed, caseRoot, PressHarness.ALMATY, Map.of());
        assertThat(r.item("press:almatylocal.example:a/1001").publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:12:44Z"));
        assertThat(r.context().skippedRecords()).isEmpty();
    }

    @Test
    void impossibleDateSkipsTheRecordAndKeepsTheRest() {
        PressHarness.Result r = PressHarness.run("feeds/rss-impossible.xml", caseRoot);
        assertThat(r.ids()).containsExactly("press:almatylocal.example:a/2002");
        assertThat(r.context().skippedRecords()).singleElement()
                .satisfies(s -> assertThat(s.message()).contains("31 Jun 2022").contains("not a real date"));
    }

    @Test
    void atomPublishedAndLaterUpdatedGiveEditedClue() {
        EvidenceItem item = PressHarness.run("feeds/atom.xml", caseRoot).item("press:caspian-agency.example:en/2022/01/05/emergency");
        assertThat(item.title()).isEqualTo("State of emergency in Almaty");
        assertThat(item.author()).isEqualTo(new Author("caspian-agency.example", "Caspian Agency"));
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2022-01-04T19:20:00Z"));
        assertThat(item.editedAt()).isEqualTo(Instant.parse("2022-01-05T03:45:30.500Z"));
        assertThat(PressHarness.clue(item, ClueKinds.EDITED)).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(item.id() + "/edited");
            assertThat(c.value()).isEqualTo("2022-01-05T03:45:30.500Z");
        });
        assertThat(PressHarness.clue(item, ClueKinds.PUBLISHED).orElseThrow().note()).contains("by Daniyar Ospanov, Staff");
    }

    @Test
    void atomEntryWithOnlyUpdatedGivesNotAfterClue() {
        EvidenceItem item = PressHarness.run("feeds/atom.xml", caseRoot).item("press:caspian-agency.example:en/2022/01/06/ministry");
        assertThat(item.publishedAt()).isNull();
        assertThat(PressHarness.clue(item, ClueKinds.PUBLISHED)).isEmpty();
        assertThat(PressHarness.clue(item, ClueKinds.NOT_AFTER)).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("2022-01-06T10:00:00Z"));
    }

    @Test
    void entryWithoutLinkIsKeyedByItsAtomId() {
        PressHarness.Result r = PressHarness.run("feeds/atom.xml", caseRoot);
        EvidenceItem item = r.item("press:caspian-agency.example:urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6");
        assertThat(item.url()).isNull();
        assertThat(item.text()).isEqualTo("Text only.");
    }

    @Test
    void rss10ItemWithDcDateIsRead() {
        EvidenceItem item = PressHarness.run("feeds/rdf.rss", caseRoot).item("press:oldwire.example:story/77");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2022-01-02T15:00:00Z"));
        assertThat(item.author()).isEqualTo(new Author("oldwire.example", "Old Wire"));
    }

    @Test
    void outletOptionNamesTheAuthorAndTheIdPrefix() {
        Path feed = PressHarness.copy("feeds/rss-dates.xml", caseRoot);
        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of("outlet", "Steppe Wire Agency"));
        EvidenceItem item = r.item("press:steppe-wire-agency:steppewire.example/news/2022/01/05/akimat-gunfire");
        assertThat(item.author()).isEqualTo(new Author("steppewire.example", "Steppe Wire Agency"));
    }

    @Test
    void folderIsReadInPathOrderAndRepeatedArticlesAreImportedOnce() throws Exception {
        Path folder = caseRoot.resolve("press");
        Files.createDirectories(folder.resolve("b"));
        PressHarness.copy("feeds/rss-dates.xml", caseRoot);
        Files.copy(caseRoot.resolve("feeds/rss-dates.xml"), folder.resolve("b/snapshot-2.xml"));
        Files.copy(caseRoot.resolve("feeds/rss-dates.xml"), folder.resolve("a-snapshot-1.rss"));
        Files.writeString(folder.resolve("notes.txt"), "not a feed");
        PressHarness.Result r = PressHarness.run(folder, caseRoot, null, Map.of());
        assertThat(r.items()).hasSize(4);
        assertThat(r.items()).allSatisfy(i -> assertThat(i.provenance().source()).isEqualTo("press/a-snapshot-1.rss"));
        assertThat(r.context().skippedRecords()).hasSize(4)
                .allSatisfy(s -> assertThat(s.message()).contains("same article as press/a-snapshot-1.rss"));
    }

    @Test
    void brokenFileInAFolderDoesNotStopTheOthers() throws Exception {
        Path folder = caseRoot.resolve("press");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a-broken.xml"), "<rss version=\"2.0\"><channel><item><title>x");
        PressHarness.copy("feeds/atom.xml", caseRoot);
        Files.copy(caseRoot.resolve("feeds/atom.xml"), folder.resolve("b-atom.xml"));
        PressHarness.Result r = PressHarness.run(folder, caseRoot, null, Map.of());
        assertThat(r.items()).hasSize(3);
        assertThat(r.error()).isNotNull();
        assertThat(r.error().category()).isEqualTo(ImportException.Category.TRUNCATED);
        assertThat(r.error().file()).isEqualTo("press/a-broken.xml");
    }

    @Test
    void fileOfAnotherKindIsRefused() throws Exception {
        Path txt = Files.writeString(caseRoot.resolve("notes.txt"), "hello");
        PressHarness.Result r = PressHarness.run(txt, caseRoot, null, Map.of());
        assertThat(r.error().category()).isEqualTo(ImportException.Category.UNSUPPORTED);
    }

    @Test
    void sameInputGivesIdenticalItems() {
        PressHarness.Result a = PressHarness.run("feeds/rss-dates.xml", caseRoot.resolve("one"));
        PressHarness.Result b = PressHarness.run("feeds/rss-dates.xml", caseRoot.resolve("two"));
        assertThat(a.items()).isEqualTo(b.items());
    }

    @Test
    void relativeAtomLinkIsResolvedAgainstXmlBase() throws Exception {
        Path feed = Files.writeString(caseRoot.resolve("base.atom"), """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://caspian-agency.example/en/">
                  <title>Caspian Agency</title>
                  <entry><title>Relative</title><link href="2022/01/07/curfew"/><id>tag:x,2022:1</id>
                    <published>2022-01-07T10:00:00Z</published></entry>
                </feed>
                """);
        PressHarness.Result r = PressHarness.run(feed, caseRoot, null, Map.of());
        assertThat(r.item("press:caspian-agency.example:en/2022/01/07/curfew").url())
                .isEqualTo("https://caspian-agency.example/en/2022/01/07/curfew");
    }
}
