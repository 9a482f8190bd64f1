package io.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.corroborate.exporter.html.HeadlessChromium;
import io.corroborate.model.Hashes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference case end to end: `corroborate run examples/almaty-2022` reproduces the published
 * chronology — four incidents with the report's windows to the minute, incident 2's casualties, the
 * claims' verdicts and the one deliberate conflict — as read back from the written outputs.
 */
class AlmatyExampleTest {
    static final Path CASE = Path.of("..", "examples", "almaty-2022");
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Where the README's screenshot is refreshed from, when -Dcorroborate.screenshot=PATH is given. */
    static final String SCREENSHOT_PROPERTY = "corroborate.screenshot";
    /** The local outlet's page that dates the mobile internet restriction. */
    static final String PLANTED_WITNESS = "Planted Witness-Name";
    static final String PLANTED_CONTACT = "planted-contact";
    static final String PLANTED_AUTHOR = "Planted Volunteer-Author";
    static final String INTERNET_PAGE = "press:almaty-vecher.example:news/2022/01/04/mobile-internet-down";

    @TempDir
    static Path tmp;
    static Path out;
    static Cli run;
    static JsonNode caseJson;
    static Document report;

    @BeforeAll
    static void runTheCase() throws IOException {
        out = tmp.resolve("out");
        run = Cli.run("run", CASE.toString(), "--out", out.toString());
        caseJson = new ObjectMapper().readTree(out.resolve("case.json").toFile());
        report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    }

    @Test
    void exitsWith1BecauseOfTheDeliberateConflictAndWritesEveryOutput() {
        assertThat(run.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(out).isDirectoryContaining("glob:**/case.json").isDirectoryContaining("glob:**/chronology.csv")
                .isDirectoryContaining("glob:**/items.csv").isDirectoryContaining("glob:**/map.geojson")
                .isDirectoryContaining("glob:**/case.kml").isDirectoryContaining("glob:**/custody.csv")
                .isDirectoryContaining("glob:**/report.html");
        assertThat(out.resolve("timemap")).isDirectoryContaining("glob:**/events.json");
        assertThat(caseJson.get("items")).hasSizeGreaterThanOrEqualTo(80);
        assertThat(caseJson.get("sources")).allSatisfy(s -> assertThat(s.get("skipped").asInt()).isZero());
    }

    @Test
    void findsTheReportsFourIncidentsWithTheirWindowsToTheMinute() {
        Map<String, String> windows = new TreeMap<>();
        for (JsonNode i : caseJson.get("incidents")) {
            windows.put(i.get("id").asText(), local(i.at("/window/earliest")) + " – " + local(i.at("/window/latest")));
        }
        assertThat(windows).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "incident-1", "2022-01-05 00:05 – 2022-01-05 01:05",
                "incident-2", "2022-01-05 15:00 – 2022-01-05 17:30",
                "incident-3", "2022-01-06 09:55 – 2022-01-06 10:10",
                "incident-4", "2022-01-06 18:00 – 2022-01-06 18:30")));
        assertThat(incident("incident-1").get("title").asText()).startsWith("Republic Square");
        assertThat(incident("incident-2").get("title").asText()).startsWith("President's residence");
        assertThat(incident("incident-2").at("/place/landmark").asText()).isEqualTo("president-residence");
        assertThat(incident("incident-4").at("/place/landmark").asText()).isEqualTo("republic-square");
    }

    @Test
    void caseJsonGivesEachIncidentsVideosAsTheReportCountsThem() {
        // distinct recordings: a video and its re-uploads count once; witness statements are not videos
        Map<String, String> counts = new TreeMap<>();
        for (JsonNode i : caseJson.get("incidents")) {
            counts.put(i.get("id").asText(), i.get("videoCount").asInt() + " videos, " + i.get("itemCount").asInt() + " items");
        }
        assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "incident-1", "17 videos, 26 items",
                "incident-2", "23 videos, 30 items",
                "incident-3", "1 videos, 3 items",
                "incident-4", "6 videos, 10 items")));
        // the same figures as counted here from the items' kinds and the repost groups
        for (String id : List.of("incident-1", "incident-2", "incident-3", "incident-4")) {
            assertThat(incident(id).get("videoCount").asLong()).as(id).isEqualTo(recordings(id));
            assertThat(incident(id).get("itemCount").asInt()).as(id).isEqualTo(incident(id).get("items").size());
        }
    }

    @Test
    void theReportGivesEachIncidentsVideosAndItemsInItsSectionAndInTheSummary() {
        List<String> videos = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            videos.add(report.selectFirst("#incident-" + n + " dl.facts .videos").text());
            items.add(report.selectFirst("#incident-" + n + " dl.facts .items").text());
        }
        assertThat(videos).containsExactly("17", "23", "1", "6");
        assertThat(items).containsExactly("26", "30", "3", "10");
        assertThat(report.select("#summary table.incident-summary td.videos").eachText()).containsExactly("17", "23", "1", "6");
        assertThat(report.select("#summary table.incident-summary td.items").eachText()).containsExactly("26", "30", "3", "10");
    }

    @Test
    void incident2ShowsAtLeastTenKilledAndNineteenInjured() throws IOException {
        JsonNode c = incident("incident-2").get("casualties");
        assertThat(c.get("killed").asInt()).isEqualTo(10);
        assertThat(c.get("injured").asInt()).isEqualTo(19);
        assertThat(forces("incident-2")).contains("live-fire by security-forces");
        assertThat(forces("incident-1")).contains("tear-gas by security-forces", "stun-grenade by security-forces",
                "rubber-projectile by security-forces");
        assertThat(forces("incident-4")).contains("warning-shots by security-forces", "live-fire by security-forces");
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("at least 10 killed, 19 injured");
    }

    @Test
    void theReportGivesEachIncidentsWindowInLocalTime() {
        List<String> windows = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            windows.add(fact(report.selectFirst("#incident-" + n), "Window"));
        }
        assertThat(windows).containsExactly(
                "2022-01-05 00:05–01:05 Asia/Almaty (UTC+06:00) · 2022-01-04 18:05–19:05 UTC",
                "2022-01-05 15:00–17:30 Asia/Almaty (UTC+06:00) · 2022-01-05 09:00–11:30 UTC",
                "2022-01-06 09:55–10:10 Asia/Almaty (UTC+06:00) · 2022-01-06 03:55–04:10 UTC",
                "2022-01-06 18:00–18:30 Asia/Almaty (UTC+06:00) · 2022-01-06 12:00–12:30 UTC");
        assertThat(report.select("#summary table.incident-summary td.window").eachText()).containsExactlyElementsOf(windows);
    }

    @Test
    void theReportSaysIncident2HadAtLeastTenKilledAndNineteenInjured() {
        assertThat(report.selectFirst("#incident-2 .casualties").text()).isEqualTo("at least 10 killed, 19 injured");
        assertThat(report.selectFirst("#summary-incident-2 td.casualties").text()).isEqualTo("at least 10 killed, 19 injured");
    }

    @Test
    void theReportGivesTheClaimsTheirVerdicts() {
        Map<String, String> verdicts = new TreeMap<>();
        for (Element row : report.select("table.claims tbody tr")) {
            verdicts.put(row.child(0).text(), row.child(4).text());
        }
        assertThat(verdicts).containsExactlyEntriesOf(new TreeMap<>(Map.of("C1", "contradicted", "C2", "untested", "C3", "untested")));
        // C1 rests on the items of incidents 2, 3 and 4, and their sections say so
        for (int n = 2; n <= 4; n++) {
            assertThat(report.select("#incident-" + n + " ul.incident-claims li").eachText()).as("incident %d", n)
                    .singleElement().satisfies(t -> assertThat(t).startsWith("C1: contradicted"));
        }
        assertThat(report.select("#incident-1 ul.incident-claims")).isEmpty();
    }

    @Test
    void theReportShowsTheOneConflictOnTheConflictingItemsIncident() {
        assertThat(report.select("ol.findings li.conflict").eachText()).singleElement()
                .satisfies(t -> assertThat(t).startsWith("error clue-conflict:").contains("reads 16:24", "clues-conflict.csv:5"));
        assertThat(report.selectFirst("#figure-conflicts").text()).isEqualTo("1");
        // the exports the items came from, not the case's own files that custody.csv also lists
        assertThat(report.selectFirst("#figure-sources").text()).isEqualTo("22");
        assertThat(report.select("#incident-2 ul.incident-findings li.incident-conflict").eachText()).singleElement()
                .satisfies(t -> assertThat(t).contains("telegram:1555000111:2199", "16:24"));
        assertThat(report.select("#incident-1 li.incident-conflict, #incident-3 li.incident-conflict, #incident-4 li.incident-conflict"))
                .isEmpty();
    }

    @Test
    void theMobileInternetRestrictionFrom1830IsInTheChronology() throws IOException {
        List<CSVRecord> rows = chronology();
        List<String> order = rows.stream().map(r -> r.get("item")).toList();
        for (String id : List.of(INTERNET_PAGE, "telegram:almatyinfo:4504")) {
            CSVRecord row = rows.get(order.indexOf(id));
            assertThat(row.get("earliest_local")).as(id).isEqualTo("2022-01-04 18:30");
            assertThat(row.get("binding_clues")).as(id).startsWith("earliest: clues.csv:");
            // in time order: before the gathering at the Alatau theatre (19:38)
            assertThat(order.indexOf(id)).as(id).isLessThan(order.indexOf("telegram:almatyinfo:4508"));
        }
        CSVRecord page = rows.get(order.indexOf(INTERNET_PAGE));
        assertThat(page.get("latest_local")).isEqualTo("2022-01-04 18:42");
        assertThat(page.get("title")).isEqualTo("Mobile internet down across Almaty");
        String clue = page.get("binding_clues").replaceFirst("^earliest: (clues\\.csv:[0-9]+);.*$", "$1");
        assertThat(caseJson.get("clues")).anySatisfy(c -> {
            assertThat(c.get("id").asText()).isEqualTo(clue);
            assertThat(c.get("kind").asText()).isEqualTo("not-before");
            assertThat(c.get("note").asText()).contains("mobile internet restrictions reported from about 18:30 on 4 Jan");
        });
    }

    @Test
    void custodyListsTheCasesOwnFilesWithTheirHashes() throws IOException {
        String text = Files.readString(out.resolve("custody.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
        for (String f : List.of("case.yaml", "landmarks.csv", "clues.csv", "clues-conflict.csv", "claims.csv")) {
            assertThat(rows).as(f).filteredOn(r -> r.get("path").equals(f)).singleElement().satisfies(r -> {
                assertThat(r.get("importer")).isEqualTo("case");
                assertThat(r.get("sha256")).isEqualTo(Hashes.sha256(CASE.resolve(f)));
            });
        }
        assertThat(rows).filteredOn(r -> r.get("path").equals("claims.csv")).singleElement()
                .satisfies(r -> assertThat(r.get("records_imported")).isEqualTo("3"));
        assertThat(rows).filteredOn(r -> !r.get("imported_at").isEmpty()).singleElement()
                .satisfies(r -> assertThat(r.get("row_type")).isEqualTo("run"));
    }

    @Test
    void givesTheClaimsTheirVerdicts() {
        Map<String, JsonNode> verdicts = new TreeMap<>();
        caseJson.get("verdicts").forEach(v -> verdicts.put(v.get("claim").asText(), v));
        assertThat(verdicts.get("C1").get("verdict").asText()).isEqualTo("contradicted");
        List<String> contradicting = texts(verdicts.get("C1").get("items"));
        assertThat(contradicting).containsAnyElementsOf(texts(incident("incident-2").get("items")));
        assertThat(contradicting).containsAnyElementsOf(texts(incident("incident-4").get("items")));
        assertThat(verdicts.get("C2").get("verdict").asText()).isEqualTo("untested");
        assertThat(verdicts.get("C3").get("verdict").asText()).isEqualTo("untested");
    }

    @Test
    void reportsTheOneDeliberateConflictInWordsAndDatesTheRest() {
        List<JsonNode> errors = new ArrayList<>();
        caseJson.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("error")) {
                errors.add(f);
            }
        });
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("clue-conflict");
            assertThat(f.get("message").asText()).contains("reads 16:24", "clues-conflict.csv:5", "published at 2022-01-05 15:52:40 Asia/Almaty");
        });
        JsonNode w = caseJson.at("/windows/telegram:1555000111:2199");
        assertThat(w.get("consistent").asBoolean()).isFalse();
        assertThat(local(w.at("/window/latest"))).isEqualTo("2022-01-05 15:52");
    }

    @Test
    void checkPassesOnTheCaseWithoutTheConflictSheet() throws IOException {
        Path copy = copyOfTheCase("no-conflict");
        Files.writeString(copy.resolve("case.yaml"), Files.readString(copy.resolve("case.yaml")).replaceAll("(?m)^\\s*- clues-conflict\\.csv.*\\n", ""));
        Cli check = Cli.run("check", copy.toString());
        assertThat(check.out()).contains("no conflicts");
        assertThat(check.exitCode()).isZero();
        Cli withConflict = Cli.run("check", CASE.toString());
        assertThat(withConflict.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(withConflict.out()).contains("error clue-conflict", "clues-conflict.csv:5");
    }

    @Test
    void theChronologySheetListsItemsAndIncidentsInTimeOrder() throws IOException {
        String text = Files.readString(out.resolve("chronology.csv"), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFitem,earliest_local,latest_local,earliest_utc,latest_utc,place,incident,binding_clues");
        List<CSVRecord> rows = chronology();
        List<String> starts = rows.stream().map(r -> r.get("earliest_utc")).filter(s -> !s.isEmpty()).toList();
        assertThat(starts).isSortedAccordingTo(String::compareTo);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("item")).isEqualTo("incident-2");
            assertThat(r.get("earliest_local")).isEqualTo("2022-01-05 15:00");
            assertThat(r.get("latest_local")).isEqualTo("2022-01-05 17:30");
        });
    }

    @Test
    void caseJsonFollowsItsSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("..", "docs", "case.schema.json")));
        Set<ValidationMessage> problems = schema.validate(caseJson);
        assertThat(problems).isEmpty();
    }

    @Test
    void thePublicProfileLeavesOutPlantedWitnessNamesContactsSensitiveAuthorsAnalystsAndPaths() throws IOException {
        Path copy = copyOfTheCase("planted");
        // a witness's name and contact, in the witness sheet
        plant(copy.resolve("sources/witnesses/witnesses.csv"), "(withheld in this example),via lawyer",
                PLANTED_WITNESS + ",+7 701 555 0199 " + PLANTED_CONTACT);
        // the author of telegram:1555000111:2195, a volunteers' group member whom a `sensitive` clue (author) covers
        plant(copy.resolve("sources/telegram/account-export/result.json"), "\"from\": \"Волонтёр 17\"",
                "\"from\": \"" + PLANTED_AUTHOR + "\"");
        assertThat(Files.readString(copy.resolve("clues.csv"))).contains("telegram:1555000111:2195,sensitive,author,");
        List<String> withheld = List.of(PLANTED_WITNESS, PLANTED_CONTACT, PLANTED_AUTHOR, "analyst-A", "analyst-B", "Айгерим");

        Path internalOut = tmp.resolve("planted-internal");
        assertThat(Cli.run("run", copy.toString(), "--out", internalOut.toString()).exitCode()).isEqualTo(Main.FINDINGS);
        String internal = String.join("\n", texts(internalOut).values());
        // the internal profile shows them: the public check below is not passing for want of the strings
        assertThat(internal).contains(withheld);

        Path publicOut = tmp.resolve("planted-public");
        Cli pub = Cli.run("run", copy.toString(), "--out", publicOut.toString(), "--profile", "public");
        assertThat(pub.exitCode()).isEqualTo(Main.FINDINGS);
        Map<String, String> published = texts(publicOut);
        assertThat(published.keySet()).containsAll(texts(internalOut).keySet())
                .contains("case.json", "report.html", "custody.csv", "timemap/events.json", "timemap/sources.json");
        published.forEach((file, text) -> assertThat(text).as(file)
                .doesNotContain(withheld)
                .doesNotContain(copy.toAbsolutePath().toString(), copy.toAbsolutePath().normalize().toString())
                .contains("Public profile"));
    }

    /** Replaces the first {@code from} in {@code file} with {@code to}, and checks that it did. */
    private static void plant(Path file, String from, String to) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(before).as(file.toString()).contains(from);
        String after = before.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Files.writeString(file, after, StandardCharsets.UTF_8);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isNotEqualTo(before).contains(to);
    }

    /** Every file under {@code dir} (recursively) by its relative path, as UTF-8 text. */
    private static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                texts.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Test
    void theReportOpensInABrowserWithFiguresTimelineAndMap() throws IOException {
        try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
            chromium.load(out.resolve("report.html"));
            assertThat(chromium.errors()).isEmpty();
            assertThat(chromium.evaluate("document.getElementById('figure-killed').textContent").asText()).isEqualTo("10");
            assertThat(chromium.evaluate("document.querySelectorAll('section.incident').length").asInt()).isEqualTo(4);
            assertThat(chromium.evaluate("document.querySelector('#incident-2 .casualties').textContent").asText())
                    .contains("at least 10 killed, 19 injured");
            assertThat(chromium.evaluate("document.querySelectorAll('svg#timeline rect.item').length").asInt()).isGreaterThan(60);
            assertThat(chromium.evaluate("document.querySelectorAll('svg#map circle.item').length").asInt()).isGreaterThan(20);
            assertThat(chromium.evaluate("document.querySelectorAll('ol.findings li.conflict').length").asInt()).isEqualTo(1);
            // the four incidents lie within a kilometre of each other in a city-wide map: a detail map shows them apart
            assertThat(chromium.evaluate("document.querySelectorAll('svg#map rect.detail-frame').length").asInt()).isEqualTo(1);
            assertThat(chromium.evaluate("document.querySelectorAll('svg#map-detail g.incident').length").asInt()).isEqualTo(4);
            assertThat(chromium.evaluate("document.querySelectorAll('svg#map-detail circle.item').length").asInt()).isGreaterThan(20);
            Path full = Path.of("target", "almaty-report.png");
            chromium.screenshot(full);
            HeadlessChromium.Box map = chromium.box("svg#map-detail").orElseThrow();
            BufferedImage page = ImageIO.read(full.toFile());
            int height = (int) Math.min(page.getHeight(), Math.ceil(map.y() + map.height() + 24));
            BufferedImage top = page.getSubimage(0, 0, page.getWidth(), height);
            Path cropped = Path.of("target", "almaty-report-top.png");
            ImageIO.write(top, "png", cropped.toFile());
            String target = System.getProperty(SCREENSHOT_PROPERTY);
            if (target != null && !target.isBlank()) {
                Files.createDirectories(Path.of(target).toAbsolutePath().getParent());
                Files.copy(cropped, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path copyOfTheCase(String name) throws IOException {
        return CaseFolders.copy(CASE, tmp.resolve(name));
    }

    private static List<CSVRecord> chronology() throws IOException {
        String text = Files.readString(out.resolve("chronology.csv"), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The text of a {@code dl.facts} entry of an incident section. */
    private static String fact(Element incident, String name) {
        for (Element dt : incident.select("dl.facts dt")) {
            if (dt.text().equals(name)) {
                return dt.nextElementSibling().text();
            }
        }
        throw new AssertionError("no " + name + " in " + incident.id());
    }

    private static String local(JsonNode instant) {
        return Instant.parse(instant.asText()).atZone(ALMATY).format(MINUTE);
    }

    private static JsonNode incident(String id) {
        for (JsonNode i : caseJson.get("incidents")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id + " in case.json");
    }

    private static List<String> forces(String incident) {
        List<String> f = new ArrayList<>();
        incident(incident).get("observations").forEach(o -> f.add(o.get("force").asText() + " by " + o.get("actor").asText()));
        return f;
    }

    /** Videos of an incident counted once per repost group. */
    private static long recordings(String incident) {
        Map<String, String> groupOf = new TreeMap<>();
        for (JsonNode g : caseJson.get("repostGroups")) {
            String id = g.get("id").asText();
            groupOf.put(g.get("firstUpload").asText(), id);
            g.path("reuploads").forEach(r -> groupOf.put(r.asText(), id));
        }
        Map<String, String> kind = new TreeMap<>();
        caseJson.get("items").forEach(i -> kind.put(i.get("id").asText(), i.get("kind").asText()));
        return texts(incident(incident).get("items")).stream().filter(i -> "video".equals(kind.get(i)))
                .map(i -> groupOf.getOrDefault(i, i)).distinct().count();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
