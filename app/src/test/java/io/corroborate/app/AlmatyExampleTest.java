package io.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.corroborate.exporter.html.HeadlessChromium;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

    @TempDir
    static Path tmp;
    static Path out;
    static Cli run;
    static JsonNode caseJson;

    @BeforeAll
    static void runTheCase() throws IOException {
        out = tmp.resolve("out");
        run = Cli.run("run", CASE.toString(), "--out", out.toString());
        caseJson = new ObjectMapper().readTree(out.resolve("case.json").toFile());
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
    void countsTheVideosOfEachIncidentAsTheReportDoes() {
        // distinct recordings: a video and its re-uploads count once; witness statements are not videos
        assertThat(recordings("incident-1")).isEqualTo(17);
        assertThat(recordings("incident-2")).isEqualTo(23);
        assertThat(recordings("incident-3")).isEqualTo(1);
        assertThat(recordings("incident-4")).isEqualTo(6);
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
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
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
    void thePublicProfileLeavesOutPlantedWitnessNamesContactsAnalystsAndPaths() throws IOException {
        Path copy = copyOfTheCase("public");
        Path witnesses = copy.resolve("sources/witnesses/witnesses.csv");
        Files.writeString(witnesses, Files.readString(witnesses)
                .replaceFirst("\\(withheld in this example\\),via lawyer", "Planted Witness-Name,+7 701 555 0199 planted-contact"));
        Path publicOut = tmp.resolve("public-out");
        Cli pub = Cli.run("run", copy.toString(), "--out", publicOut.toString(), "--profile", "public");
        assertThat(pub.exitCode()).isEqualTo(Main.FINDINGS);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(publicOut)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertThat(text).as(f.getFileName().toString())
                    .doesNotContain("Planted Witness-Name", "planted-contact", "analyst-A", "analyst-B", copy.toAbsolutePath().toString(),
                            "Айгерим")
                    .contains("Public profile");
        }
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
            Path full = Path.of("target", "almaty-report.png");
            chromium.screenshot(full);
            HeadlessChromium.Box map = chromium.box("svg#map").orElseThrow();
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
        Path to = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(CASE)) {
            for (Path f : files.filter(p -> !CASE.relativize(p).startsWith("out")).toList()) {
                Path t = to.resolve(CASE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
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
