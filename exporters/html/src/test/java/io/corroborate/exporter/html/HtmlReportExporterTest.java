package io.corroborate.exporter.html;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.Finding;
import io.corroborate.model.Hashes;
import io.corroborate.model.Profile;
import io.corroborate.model.Redaction;
import io.corroborate.model.Severity;
import io.corroborate.spi.DirectoryExportContext;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.corroborate.exporter.html.SampleCase.ATTRIBUTE_BREAK;
import static io.corroborate.exporter.html.SampleCase.JAVASCRIPT_URL;
import static io.corroborate.exporter.html.SampleCase.SCRIPT;
import static io.corroborate.exporter.html.SampleCase.SVG_BREAK;
import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportExporterTest {
    static final Instant RUN = Instant.parse("2024-06-01T08:00:00Z");

    @TempDir
    Path out;

    static String export(Path dir, Case c, AnalysisResult r, Profile profile, Instant run) throws IOException {
        DirectoryExportContext context = new DirectoryExportContext(c, r, profile, "0.1.0-test", run, dir);
        new HtmlReportExporter().export(context);
        assertThat(context.written()).containsExactly("report.html");
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    private String internal() throws IOException {
        return export(out, SampleCase.theCase(), SampleCase.result(), Profile.INTERNAL, RUN);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        Exporter e = Plugins.discovered(Exporter.class, HtmlReportExporter.class);

        assertThat(e.id()).isEqualTo("report-html");
        assertThat(e.runsLast()).isFalse();
    }

    @Test
    void contentSecurityPolicyAllowsNothingButThePagesOwnStyle() throws IOException {
        Document doc = parse(internal());

        Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        String policy = csp.attr("content");
        String style = doc.selectFirst("head > style").data();
        String hash = "sha256-" + Base64.getEncoder().encodeToString(Hashes.sha256().digest(style.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).isEqualTo("default-src 'none'; style-src '" + hash + "'; base-uri 'none'; form-action 'none'");
        assertThat(policy).doesNotContain("unsafe", "http", "*", "script-src");
        // the policy must come before anything it governs
        assertThat(doc.head().child(0).attr("charset")).isEqualTo("utf-8");
        assertThat(doc.head().child(1)).isEqualTo(csp);
    }

    @Test
    void thePageHasNoScriptNoExternalResourceAndNoInlineStyle() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("script, iframe, object, embed, link, img, base, form, input, video, audio, source")).isEmpty();
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("[src], [srcset], [xlink:href], [action], [formaction]")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
    }

    @Test
    void noElementHasAnEventHandlerAttribute() throws IOException {
        Document doc = parse(internal());

        List<String> handlers = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                    handlers.add(e.tagName() + "[" + a.getKey() + "]");
                }
            }
        }
        assertThat(handlers).isEmpty();
    }

    @Test
    void hostileTextIsShownAsTextWhereverItAppears() throws IOException {
        String html = internal();
        Document doc = parse(html);

        assertThat(html).doesNotContain(SCRIPT, ATTRIBUTE_BREAK, SVG_BREAK, "<img", "<svg onload");
        assertThat(doc.title()).contains(SCRIPT);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Almaty " + SCRIPT + " test");
        assertThat(doc.select("#incident-1 table.items td").eachText()).anySatisfy(t -> assertThat(t).contains(SCRIPT + " crowd"));
        assertThat(doc.select("#incident-1 table.items td").eachText()).anySatisfy(t -> assertThat(t).startsWith(ATTRIBUTE_BREAK));
        assertThat(doc.select("#incident-2 table.items td").eachText()).anySatisfy(t -> assertThat(t).startsWith(SVG_BREAK));
        assertThat(doc.selectFirst("#incident-2 h3").text()).endsWith("Shooting at the residence " + SCRIPT);
        assertThat(doc.select("#map .landmark text").eachText()).contains("Akimat " + SCRIPT);
        assertThat(doc.select("#map .landmark title").eachText()).contains("Akimat " + SCRIPT);
        assertThat(doc.select("#timeline .lane-label title").eachText()).contains("2 · Shooting at the residence " + SCRIPT);
        assertThat(doc.select("table.claims td").eachText()).contains(SCRIPT, "Officer " + ATTRIBUTE_BREAK, "reason " + SCRIPT);
        assertThat(doc.select("ol.findings li").eachText()).anySatisfy(t -> assertThat(t).contains("the clock " + SCRIPT + " contradicts"));
        assertThat(doc.select("table.sources td").eachText()).contains("exports/" + ATTRIBUTE_BREAK + ".json");
    }

    @Test
    void onlyHttpUrlsBecomeLinksAndTheyOpenWithoutReferrer() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("a[href]")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.attr("href")).matches("https?://.+");
            assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(doc.select("a[href]").eachAttr("href")).contains("https://t.me/ch/102", "https://www.youtube.com/watch?v=abc");
        assertThat(doc.select(".not-linked").eachText()).containsExactly("not linked: " + JAVASCRIPT_URL);
        assertThat(doc.selectFirst("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
    }

    @Test
    void publicProfileOpensWithTheNotice() throws IOException {
        Document doc = parse(export(out, Redaction.forPublic(SampleCase.theCase()), SampleCase.result(), Profile.PUBLIC, RUN));

        Element first = doc.body().selectFirst("header").child(0);
        assertThat(first.id()).isEqualTo("public-notice");
        assertThat(first.text()).isEqualTo(Profile.PUBLIC_NOTICE);
    }

    @Test
    void internalProfileHasNoPublicNotice() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("#public-notice")).isEmpty();
        assertThat(doc.text()).doesNotContain(Profile.PUBLIC_NOTICE);
    }

    @Test
    void publicProfileLeavesOutPlantedSensitiveStrings() throws IOException {
        String internal = internal();
        Path publicDir = Files.createDirectories(out.resolve("public"));
        String published = export(publicDir, Redaction.forPublic(SampleCase.theCase()), SampleCase.result(), Profile.PUBLIC, RUN);

        // the internal page shows what the case holds, so the planted strings are reachable there
        assertThat(internal).contains(SampleCase.WITNESS_NAME, SampleCase.MEDIA_PATH);
        assertThat(published).doesNotContain(SampleCase.WITNESS_NAME, SampleCase.MEDIA_PATH, "IMG_0001.MOV ·", "/home/analyst");
        assertThat(published).doesNotContain(out.toString());
    }

    @Test
    void summaryFiguresCountTheCase() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.selectFirst("#figure-items").text()).isEqualTo(String.valueOf(SampleCase.ITEMS));
        assertThat(doc.selectFirst("#figure-sources").text()).isEqualTo("2");
        assertThat(doc.selectFirst("#figure-incidents").text()).isEqualTo("3");
        assertThat(doc.selectFirst("#figure-killed").text()).isEqualTo("2");
        assertThat(doc.selectFirst("#figure-injured").text()).isEqualTo("2");
        assertThat(doc.selectFirst("#figure-contradicted").text()).isEqualTo("1 of 3");
        assertThat(doc.selectFirst("#figure-conflicts").text()).isEqualTo("1");
        assertThat(doc.selectFirst("#casualty-summary").text()).contains("at least 2 killed, 2 injured");
    }

    @Test
    void incidentSectionShowsWindowPlaceObservationsCasualtiesAndItems() throws IOException {
        Element incident = parse(internal()).selectFirst("#incident-2");

        List<String> facts = incident.select("dl.facts dd").eachText();
        assertThat(facts).contains("2022-01-05 15:00–17:30 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00–11:30 UTC");
        assertThat(facts).contains("President's residence (43.24560, 76.95600) ±100 m");
        assertThat(incident.selectFirst(".casualties").text()).isEqualTo("at least 2 killed, 1 injured");
        assertThat(incident.select("dl.facts dd").text()).contains("P02 (seen in 2 items from 2 sources)", "P01 (shown in 1 item)");
        assertThat(incident.select("ul.observations li").eachText())
                .containsExactly("live-fire by security-forces — seen in 3 items from 2 sources");
        assertThat(incident.select("table.items tbody tr")).hasSize(3);
        assertThat(incident.select("table.items tbody tr td:first-child span.id").eachText()).containsExactly("youtube:abc", "facebook:post1", "press:afp:1");
        assertThat(incident.select("table.items tbody tr").get(1).text()).contains("(its clues conflict)");
    }

    @Test
    void observationsWithoutCorroborationGiveTheirItemCount() throws IOException {
        Element incident = parse(internal()).selectFirst("#incident-1");

        assertThat(incident.select("ul.observations li").eachText())
                .containsExactly("stun-grenade by security-forces — shown in 1 item", "tear-gas by security-forces — shown in 2 items");
        assertThat(incident.selectFirst(".casualties").text()).isEqualTo("at least 0 killed, 0 injured");
    }

    @Test
    void itemsInNoIncidentHaveTheirOwnSection() throws IOException {
        Element other = parse(internal()).selectFirst("#other-items");

        assertThat(other.select("table.items tbody tr td:first-child span.id").eachText()).containsExactly("witness:w1:1", "twitter:1002");
        assertThat(other.select("table.items tbody tr").get(1).text()).contains("unknown");
    }

    @Test
    void claimsShowVerdictAndReason() throws IOException {
        Document doc = parse(internal());

        Element row = doc.select("table.claims tbody tr").first();
        assertThat(row.select("td").eachText()).containsExactly("police-unarmed", "Police chief", "2022-01-16", "Officers were not armed",
                "contradicted", "live fire by security forces is shown in incidents 2 and 3",
                "youtube:abc, telegram:ch:201, live-fire by security-forces");
        assertThat(doc.select("table.claims td.verdict-untested")).hasSize(2);
    }

    @Test
    void findingsListConflictsFirstThenBySeverity() throws IOException {
        Document doc = parse(internal());

        List<Element> findings = doc.select("ol.findings li");
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).hasClass("conflict")).isTrue();
        assertThat(findings.get(0).text()).startsWith("error clue-conflict: the clock");
        assertThat(findings.get(1).text()).startsWith("error a-missing-file:");
        assertThat(findings.get(2).text()).startsWith("warning outside-area:");
    }

    @Test
    void timelineAndMapHoldOneMarkPerDrawnItem() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("svg#timeline rect.item")).hasSize(SampleCase.TIMELINE_MARKS);
        assertThat(doc.select("svg#timeline rect.incident")).hasSize(3);
        assertThat(doc.select("svg#map circle.item")).hasSize(SampleCase.MAP_MARKS);
        assertThat(doc.select("svg#map g.incident")).hasSize(3);
        assertThat(doc.select("svg#map g.landmark")).hasSize(3);
        assertThat(doc.selectFirst("#timeline-section figcaption").text()).contains("Not drawn (no bounded window): 1 item.");
        assertThat(doc.selectFirst("#map-section figcaption").text()).contains("Not drawn (no place): 2 items.");
    }

    @Test
    void timelineShadesNightTwilightAndDay() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("svg#timeline g.sun rect.night")).isNotEmpty();
        assertThat(doc.select("svg#timeline g.sun rect.twilight")).isNotEmpty();
        assertThat(doc.select("svg#timeline g.sun rect.day")).isNotEmpty();
        assertThat(doc.selectFirst("table.sun caption").text()).isEqualTo("Sun at the case's place, local time (Asia/Almaty, UTC+06:00)");
        // whole local days, even the 4th that the timeline only enters in the evening (UTC+6 then)
        assertThat(doc.select("table.sun tbody tr").get(0).select("td").eachText()).containsExactly("2022-01-04", "07:52", "08:25", "17:30", "18:02");
        assertThat(doc.select("table.sun tbody tr").get(1).select("td").eachText()).containsExactly("2022-01-05", "07:52", "08:25", "17:31", "18:03");
    }

    @Test
    void timelineTicksAreLocalTimesOfTheCaseZone() throws IOException {
        Document doc = parse(internal());

        // the test JVM runs in America/Bahia_Banderas: these labels are only right if the case's zone is used
        List<String> labels = doc.select("svg#timeline g.axis text").eachText();
        assertThat(labels).contains("5 Jan", "6 Jan", "00:00", "06:00", "12:00", "18:00");
        assertThat(labels).allSatisfy(l -> assertThat(l).matches("(00|06|12|18):00|[456] Jan"));
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        String first = internal();
        Path again = Files.createDirectories(out.resolve("again"));

        assertThat(export(again, SampleCase.theCase(), SampleCase.result(), Profile.INTERNAL, RUN)).isEqualTo(first);
    }

    @Test
    void aRunAtAnotherTimeGivesTheSameBytes() throws IOException {
        String first = internal();
        Path later = Files.createDirectories(out.resolve("later"));

        assertThat(export(later, SampleCase.theCase(), SampleCase.result(), Profile.INTERNAL, RUN.plusSeconds(3600))).isEqualTo(first);
        assertThat(first).doesNotContain("2024-06-01");
        assertThat(parse(first).selectFirst("p.run").text()).startsWith("Written by Corroborate 0.1.0-test.").contains("custody.csv");
    }

    @Test
    void summaryTableGivesEachIncidentsWindowVideosItemsAndCasualties() throws IOException {
        Document doc = parse(internal());

        List<Element> rows = doc.select("#summary table.incident-summary tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Incident 1: Dispersal at Republic Square",
                "2022-01-05 00:05–01:10 Asia/Almaty (UTC+06:00) · 2022-01-04 18:05–19:10 UTC", "Republic Square", "2", "3",
                "at least 0 killed, 0 injured");
        assertThat(rows.get(1).select("td.videos, td.items, td.casualties").eachText())
                .containsExactly("2", "3", "at least 2 killed, 1 injured");
        assertThat(rows.get(2).select("td.videos, td.items").eachText()).containsExactly("2", "2");
    }

    @Test
    void incidentSectionCountsDistinctVideosAndItems() throws IOException {
        Document doc = parse(internal());

        // incident 1: three video items, one a re-post of another
        assertThat(doc.selectFirst("#incident-1 dl.facts .videos").text()).isEqualTo("2");
        assertThat(doc.selectFirst("#incident-1 dl.facts .items").text()).isEqualTo("3");
        // incident 2: two videos and an article
        assertThat(doc.selectFirst("#incident-2 dl.facts .videos").text()).isEqualTo("2");
        assertThat(doc.selectFirst("#incident-2 dl.facts .items").text()).isEqualTo("3");
    }

    @Test
    void incidentSectionListsTheVerdictsThatRestOnItsItems() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("#incident-2 ul.incident-claims li").eachText()).containsExactly(
                "police-unarmed: contradicted — live fire by security forces is shown in incidents 2 and 3"
                        + " Rests on these items of the incident: youtube:abc");
        assertThat(doc.select("#incident-3 ul.incident-claims li").eachText()).singleElement()
                .satisfies(t -> assertThat(t).startsWith("police-unarmed: contradicted").endsWith("incident: telegram:ch:201"));
        assertThat(doc.select("#incident-1 ul.incident-claims")).isEmpty();
        assertThat(doc.select("#incident-1 h4:contains(Claims) + p").text()).isEqualTo("No claim's verdict rests on this incident's items.");
    }

    @Test
    void incidentSectionListsTheFindingsAboutItsItems() throws IOException {
        Document doc = parse(internal());

        assertThat(doc.select("#incident-2 ul.incident-findings li").eachText())
                .containsExactly("error clue-conflict: the clock " + SCRIPT + " contradicts the published time");
        assertThat(doc.selectFirst("#incident-2 ul.incident-findings li").hasClass("incident-conflict")).isTrue();
        assertThat(doc.select("#incident-3 ul.incident-findings li").eachText()).containsExactly("error a-missing-file: a media file is missing");
        assertThat(doc.select("#incident-1 h4:contains(Findings) + p").text()).isEqualTo("No finding concerns this incident's items.");
        // the page-wide list still holds exactly one conflict
        assertThat(doc.select("li.conflict")).hasSize(1);
    }

    @Test
    void aFindingThatNamesOnlyAClueIsListedUnderTheIncidentOfTheCluesItem() throws IOException {
        Case c = SampleCase.theCase();
        Case withClue = new Case(c.name(), c.zone(), c.area(), c.timeRange(), c.items(),
                List.of(new Clue("clues.csv:9", "telegram:ch:201", "clock", "18:05", null, null, "A")), c.landmarks(), c.claims(),
                c.sources(), c.settings());
        List<Finding> findings = new ArrayList<>(SampleCase.result().findings());
        findings.add(new Finding("clue-unreadable", Severity.WARNING, "the clock cannot be read", null, List.of("clues.csv:9")));

        Document doc = parse(export(out, withClue, SampleCase.result().withFindings(findings), Profile.INTERNAL, RUN));

        assertThat(doc.select("#incident-3 ul.incident-findings li").eachText())
                .containsExactly("error a-missing-file: a media file is missing", "warning clue-unreadable: the clock cannot be read");
    }

    @Test
    void aCaseWithoutWindowsOrPlacesSaysSoInsteadOfDrawing() throws IOException {
        Case c = SampleCase.theCase();
        Case bare = new Case("bare", c.zone(), null, null, c.items(), List.of(), List.of(), List.of(), List.of(), null);

        Document doc = parse(export(out, bare, AnalysisResult.EMPTY, Profile.INTERNAL, RUN));

        assertThat(doc.select("svg#timeline, svg#map")).isEmpty();
        assertThat(doc.selectFirst("#timeline-section p").text()).startsWith("No item or incident has a solved time window");
        assertThat(doc.selectFirst("#map-section p").text()).startsWith("The case holds no coordinates");
        assertThat(doc.selectFirst("#figure-incidents").text()).isEqualTo("0");
    }
}
