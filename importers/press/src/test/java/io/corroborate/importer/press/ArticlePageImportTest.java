package io.corroborate.importer.press;

import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePageImportTest {
    private static final String GRAPH = "press:steppewire.example:news/2022/01/06/security-forces-fire";
    private static final String LIVE = "press:caspian-agency.example:live/kazakhstan-unrest";

    @TempDir
    Path caseRoot;

    @Test
    void graphArticleWithTypeListIsRead() {
        PressHarness.Result r = PressHarness.run("pages/article-graph.html", caseRoot);
        assertThat(r.ids()).containsExactly(GRAPH);
        EvidenceItem item = r.item(GRAPH);
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);
        assertThat(item.url()).isEqualTo("https://www.steppewire.example/news/2022/01/06/security-forces-fire");
        assertThat(item.title()).isEqualTo("Security forces open fire on protesters in Almaty & Taldykorgan");
        assertThat(item.author()).isEqualTo(new Author("steppewire.example", "Steppe Wire"));
        assertThat(item.provenance().locator()).isEqualTo("ld+json block 1/@graph/3");
    }

    @Test
    void jsonLdDatesWinOverMetaTags() {
        EvidenceItem item = PressHarness.run("pages/article-graph.html", caseRoot).item(GRAPH);
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2022-01-06T04:05:00Z"));
        assertThat(item.editedAt()).isEqualTo(Instant.parse("2022-01-06T08:30:00Z"));
        assertThat(PressHarness.clue(item, ClueKinds.PUBLISHED).orElseThrow().note()).startsWith("datePublished '2022-01-06T10:05:00+06:00'");
    }

    @Test
    void authorVariantsAreAllReadIntoTheByline() {
        EvidenceItem item = PressHarness.run("pages/article-graph.html", caseRoot).item(GRAPH);
        // a string, a person, an @id reference, a person with a list of names; a bare URL is not a name
        assertThat(PressHarness.clue(item, ClueKinds.PUBLISHED).orElseThrow().note())
                .endsWith("; by Nurlan Bekov, Dana Ismail, Asel Kim, Field desk");
    }

    @Test
    void bodyIsThePageArticleTextWithoutScriptsAndWithHttpLinksOnly() {
        EvidenceItem item = PressHarness.run("pages/article-graph.html", caseRoot).item(GRAPH);
        assertThat(item.text()).contains("Shots were heard on Republic Square at about 10 a.m.\n\nWitnesses said several people were wounded.")
                .doesNotContain("tracker").doesNotContain("Copyright").doesNotContain("Home");
        assertThat(item.links()).containsExactly("https://maps.example/republic-square");
    }

    @Test
    void liveBlogUpdatesBecomeItemsWithTheirOwnTimes() {
        PressHarness.Result r = PressHarness.run("pages/liveblog.html", caseRoot);
        assertThat(r.ids()).containsExactly(LIVE, LIVE + "#post-3", LIVE + "#at-2022-01-05T17:45:00+06:00");
        EvidenceItem withUrl = r.item(LIVE + "#post-3");
        assertThat(withUrl.url()).isEqualTo("https://caspian-agency.example/live/kazakhstan-unrest#post-3");
        assertThat(withUrl.title()).isEqualTo("Internet restored in parts of Almaty");
        assertThat(withUrl.publishedAt()).isEqualTo(Instant.parse("2022-01-05T13:10:00Z"));
        assertThat(withUrl.links()).containsExactly("https://caspian-agency.example/live/kazakhstan-unrest");
        EvidenceItem byTime = r.item(LIVE + "#at-2022-01-05T17:45:00+06:00");
        assertThat(byTime.text()).isEqualTo("Almaty airport has suspended all flights.");
        assertThat(byTime.publishedAt()).isEqualTo(Instant.parse("2022-01-05T11:45:00Z"));
        assertThat(byTime.author()).isEqualTo(new Author("caspian-agency.example", "Caspian Agency"));
    }

    @Test
    void liveBlogUpdateWithoutUrlOrDateIsSkipped() {
        PressHarness.Result r = PressHarness.run("pages/liveblog.html", caseRoot);
        assertThat(r.context().skippedRecords()).singleElement().satisfies(s -> {
            assertThat(s.locator()).isEqualTo("ld+json block 1/liveBlogUpdate/2");
            assertThat(s.message()).contains("no stable id");
        });
    }

    @Test
    void openGraphOnlyPageIsReadInItsDeclaredCharset() {
        PressHarness.Result r = PressHarness.run("pages/og-only.html", caseRoot);
        EvidenceItem item = r.item("press:almatylocal.example:a/3003");
        assertThat(item.title()).isEqualTo("Curfew extended in Almaty");
        assertThat(item.author()).isEqualTo(new Author("almatylocal.example", "Алматы Local"));
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2022-01-07T15:15:00Z"));
        assertThat(item.editedAt()).isEqualTo(Instant.parse("2022-01-07T16:00:00Z"));
        assertThat(item.text()).isEqualTo("The curfew was extended until January 19.");
        assertThat(PressHarness.clue(item, ClueKinds.PUBLISHED).orElseThrow().note())
                .isEqualTo("meta article:published_time '2022-01-07T21:15:00+06:00'; by City desk");
    }

    @Test
    void zoneLessJsonLdDateIsSkippedWithoutSourceZone() {
        PressHarness.Result r = PressHarness.run("pages/zoneless-page.html", caseRoot);
        assertThat(r.items()).isEmpty();
        assertThat(r.context().skippedRecords()).singleElement()
                .satisfies(s -> assertThat(s.message()).contains("datePublished").contains("has no time zone"));
    }

    @Test
    void zoneLessJsonLdDateIsReadInTheSourceZone() {
        Path page = PressHarness.copy("pages/zoneless-page.html", caseRoot);
        PressHarness.Result r = PressHarness.run(page, caseRoot, PressHarness.ALMATY, Map.of());
        assertThat(r.item("press:almatylocal.example:a/4004").publishedAt()).isEqualTo(Instant.parse("2022-01-05T09:12:44Z"));
    }

    @Test
    void feedItemAndSavedPageOfOneArticleShareAnId() throws Exception {
        PressHarness.copy("pages/liveblog.html", caseRoot);
        java.nio.file.Files.writeString(caseRoot.resolve("pages/z-feed.rss"), """
                <rss version="2.0"><channel><title>Caspian Agency</title>
                <item><title>LIVE</title>
                <link>https://www.caspian-agency.example/live/kazakhstan-unrest/?utm_source=rss</link>
                <pubDate>Wed, 05 Jan 2022 07:00:00 +0600</pubDate></item>
                </channel></rss>
                """);
        PressHarness.Result r = PressHarness.run(caseRoot.resolve("pages"), caseRoot, null, Map.of());
        assertThat(r.ids()).containsOnlyOnce(LIVE);
        assertThat(r.context().skippedRecords()).anySatisfy(s -> {
            assertThat(s.file()).isEqualTo("pages/z-feed.rss");
            assertThat(s.message()).contains("same article as pages/liveblog.html");
        });
    }
}
