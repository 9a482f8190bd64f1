package io.corroborate.exporter.html;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Area;
import io.corroborate.model.Author;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Claim;
import io.corroborate.model.ClaimVerdict;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.Corroboration;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.Landmark;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Observation;
import io.corroborate.model.Place;
import io.corroborate.model.Platform;
import io.corroborate.model.Provenance;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.Severity;
import io.corroborate.model.SourceSummary;
import io.corroborate.model.TimeWindow;
import io.corroborate.model.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made case in Almaty: three incidents over two days, ten items (nine with a solved
 * window, eight with a place), claims, findings with one conflict, and hostile text in every field
 * the report shows.
 */
final class SampleCase {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";
    static final String SVG_BREAK = "'><svg onload=alert(1)>";
    static final String JAVASCRIPT_URL = "javascript:alert(1)";
    /** Planted in sensitive fields: the public profile must not show them. */
    static final String WITNESS_NAME = "Aigerim Secretname";
    static final String MEDIA_PATH = "media/private/IMG_0001.MOV";

    static final int ITEMS = 10;
    static final int TIMELINE_MARKS = 9;
    static final int MAP_MARKS = 8;

    static final Landmark SQUARE = new Landmark("republic-square", "Republic Square", List.of("Respublika alany"), new GeoPoint(43.2383, 76.9453), 150);
    static final Landmark RESIDENCE = new Landmark("residence", "President's residence", List.of(), new GeoPoint(43.2456, 76.9560), 100);
    static final Landmark HOSTILE_LANDMARK = new Landmark("akimat", "Akimat " + SCRIPT, List.of(), new GeoPoint(43.2390, 76.9470), 80);

    private SampleCase() {
    }

    static Case theCase() {
        List<EvidenceItem> items = List.of(
                item("telegram:ch:101", Platform.TELEGRAM, ItemKind.VIDEO, JAVASCRIPT_URL, new Author("channel101", ATTRIBUTE_BREAK),
                        "2022-01-04T18:20:00Z", null, SCRIPT + " crowd at the square").build(),
                item("telegram:ch:102", Platform.TELEGRAM, ItemKind.VIDEO, "https://t.me/ch/102", new Author("channel101", "Channel 101"),
                        "2022-01-04T18:50:00Z", null, "Stun grenades near the monument").build(),
                item("twitter:1001", Platform.TWITTER, ItemKind.VIDEO, "https://twitter.com/u/status/1001", new Author("42", "Observer"),
                        "2022-01-04T19:20:00Z", null, "Tear gas & smoke, \"dispersal\" begins").build(),
                item("youtube:abc", Platform.YOUTUBE, ItemKind.VIDEO, "https://www.youtube.com/watch?v=abc", new Author("@uploader", "Uploader"),
                        "2022-01-05T12:00:00Z", SVG_BREAK, "Shots near the residence").build(),
                item("facebook:post1", Platform.FACEBOOK, ItemKind.VIDEO, "https://www.facebook.com/post1", new Author(null, "A resident"),
                        "2022-01-05T11:00:00Z", null, "Filmed from a balcony").build(),
                item("press:afp:1", Platform.PRESS, ItemKind.ARTICLE, "https://www.afp.com/en/news/1", new Author(null, "AFP"),
                        "2022-01-05T13:00:00Z", "Gunfire in Almaty", "Witnesses describe automatic fire").build(),
                item("telegram:ch:201", Platform.TELEGRAM, ItemKind.VIDEO, "https://t.me/ch/201", new Author("channel101", "Channel 101"),
                        "2022-01-06T12:40:00Z", null, "Soldiers on the square").build(),
                item("media:clips/IMG_0001.MOV", Platform.DIRECT, ItemKind.VIDEO, null, null, null, null, null)
                        .media(MediaRef.of("video").withPath(MEDIA_PATH).withDurationSeconds(31.0)
                                .withSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                        .provenance(new Provenance("media", "/home/analyst/cases/almaty/" + MEDIA_PATH, null, null, null)).build(),
                item("witness:w1:1", Platform.WITNESS, ItemKind.STATEMENT, null, new Author("w1", WITNESS_NAME), null, null,
                        "Saw armoured vehicles in the morning")
                        .sensitive("name", WITNESS_NAME)
                        .clue(new Clue("witness:w1:1/sensitive", "witness:w1:1", ClueKinds.SENSITIVE, "author", null, null, "witness")).build(),
                item("twitter:1002", Platform.TWITTER, ItemKind.TEXT, "https://twitter.com/u/status/1002", new Author("43", "Someone"),
                        null, null, "Undated rumour").build());
        List<Claim> claims = List.of(
                new Claim("police-unarmed", "Police chief", LocalDate.of(2022, 1, 16), "Officers were not armed", "no live-fire by security-forces"),
                new Claim("terrorist-gangs", "President", LocalDate.of(2022, 1, 7), "Terrorist gangs attacked the city", null),
                new Claim("hostile-claim", "Officer " + ATTRIBUTE_BREAK, null, SCRIPT, null));
        List<SourceSummary> sources = List.of(
                new SourceSummary("telegram/result.json", "telegram", "aa".repeat(32), 1234, 4, 0, Instant.parse("2024-05-01T10:00:00Z")),
                new SourceSummary("exports/" + ATTRIBUTE_BREAK + ".json", "twitter", "bb".repeat(32), 99, 2, 1, Instant.parse("2024-05-01T10:00:01Z")));
        return new Case("Almaty " + SCRIPT + " test", ZoneId.of("Asia/Almaty"), new Area(43.225, 76.92, 43.26, 76.97),
                new TimeWindow(Instant.parse("2022-01-03T18:00:00Z"), Instant.parse("2022-01-06T18:00:00Z")), items, List.of(),
                List.of(SQUARE, RESIDENCE, HOSTILE_LANDMARK), claims, sources, Map.of());
    }

    static AnalysisResult result() {
        Map<String, ItemWindow> windows = new LinkedHashMap<>();
        window(windows, "telegram:ch:101", "2022-01-04T18:06:00Z", "2022-01-04T18:12:00Z", true);
        window(windows, "telegram:ch:102", "2022-01-04T18:25:00Z", "2022-01-04T18:40:00Z", true);
        window(windows, "twitter:1001", "2022-01-04T18:45:00Z", "2022-01-04T19:05:00Z", true);
        window(windows, "youtube:abc", "2022-01-05T09:10:00Z", "2022-01-05T09:40:00Z", true);
        window(windows, "facebook:post1", "2022-01-05T09:30:00Z", "2022-01-05T10:50:00Z", false);
        window(windows, "press:afp:1", "2022-01-05T10:00:00Z", "2022-01-05T11:30:00Z", true);
        window(windows, "telegram:ch:201", "2022-01-06T12:02:00Z", "2022-01-06T12:10:00Z", true);
        window(windows, "media:clips/IMG_0001.MOV", "2022-01-06T12:15:00Z", "2022-01-06T12:25:00Z", true);
        window(windows, "witness:w1:1", "2022-01-05T02:40:00Z", "2022-01-05T02:55:00Z", true);

        Map<String, Place> places = new LinkedHashMap<>();
        places.put("telegram:ch:101", SQUARE.toPlace());
        places.put("telegram:ch:102", SQUARE.toPlace());
        places.put("twitter:1001", new Place(new GeoPoint(43.2385, 76.9449), 30, null, null));
        places.put("youtube:abc", RESIDENCE.toPlace());
        places.put("facebook:post1", RESIDENCE.toPlace());
        places.put("press:afp:1", new Place(new GeoPoint(43.2450, 76.9552), 300, null, null));
        places.put("telegram:ch:201", SQUARE.toPlace());
        places.put("media:clips/IMG_0001.MOV", new Place(new GeoPoint(43.2380, 76.9460), 20, null, null));

        List<Incident> incidents = List.of(
                new Incident("incident-1", "Dispersal at Republic Square", SQUARE.toPlace(), window("2022-01-04T18:05:00Z", "2022-01-04T19:10:00Z"),
                        List.of("telegram:ch:101", "telegram:ch:102", "twitter:1001"),
                        List.of(Observation.parse("telegram:ch:101", "tear gas by security forces", "clues.csv:2", null),
                                Observation.parse("telegram:ch:102", "tear gas by security forces", "clues.csv:3", null),
                                Observation.parse("telegram:ch:102", "stun grenade by security forces", "clues.csv:4", null)),
                        CasualtyCount.NONE),
                new Incident("incident-2", "Shooting at the residence " + SCRIPT, RESIDENCE.toPlace(), window("2022-01-05T09:00:00Z", "2022-01-05T11:30:00Z"),
                        List.of("youtube:abc", "facebook:post1", "press:afp:1"),
                        List.of(Observation.parse("youtube:abc", "live fire by security forces", "clues.csv:7", null),
                                Observation.parse("facebook:post1", "live fire by security forces", "clues.csv:8", null),
                                Observation.parse("press:afp:1", "live fire by security forces", "clues.csv:9", null)),
                        CasualtyCount.of(Map.of("P01", List.of("youtube:abc"), "P02", List.of("youtube:abc", "facebook:post1")),
                                Map.of("P03", List.of("press:afp:1")))),
                new Incident("incident-3", "Live fire on the square", SQUARE.toPlace(), window("2022-01-06T12:00:00Z", "2022-01-06T12:30:00Z"),
                        List.of("telegram:ch:201", "media:clips/IMG_0001.MOV"),
                        List.of(Observation.parse("telegram:ch:201", "live fire by security forces", "clues.csv:11", null)),
                        CasualtyCount.of(Map.of(), Map.of("P04", List.of("media:clips/IMG_0001.MOV")))));
        List<ClaimVerdict> verdicts = List.of(
                new ClaimVerdict("police-unarmed", Verdict.CONTRADICTED, "live fire by security forces is shown in incidents 2 and 3",
                        List.of("youtube:abc", "telegram:ch:201"), List.of("live-fire by security-forces")),
                new ClaimVerdict("terrorist-gangs", Verdict.UNTESTED, "no evidence in scope", null, null),
                new ClaimVerdict("hostile-claim", Verdict.UNTESTED, "reason " + SCRIPT, null, null));
        List<Finding> findings = List.of(
                new Finding("outside-area", Severity.WARNING, "one item lies outside the area", List.of("twitter:1002"), null),
                new Finding("a-missing-file", Severity.ERROR, "a media file is missing", List.of("media:clips/IMG_0001.MOV"), null),
                new Finding("clue-conflict", Severity.ERROR, "the clock " + SCRIPT + " contradicts the published time",
                        List.of("facebook:post1"), List.of("clues.csv:8", "facebook:post1/published")));
        List<Corroboration> corroborations = List.of(
                new Corroboration("live-fire by security-forces", "incident-2", List.of("youtube:abc", "facebook:post1", "press:afp:1"), 2),
                new Corroboration("P02", "incident-2", List.of("youtube:abc", "facebook:post1"), 2));
        // twitter:1001 re-posts telegram:ch:102: incident 1 holds three video items but two recordings
        List<RepostGroup> repostGroups = List.of(new RepostGroup("repost-1", "telegram:ch:102", List.of("twitter:1001"),
                windows.get("telegram:ch:102").window(), List.of("same-sha256")));
        return new AnalysisResult(findings, places, windows, repostGroups, incidents, null, verdicts, corroborations);
    }

    private static EvidenceItem.Builder item(String id, Platform platform, ItemKind kind, String url, Author author, String published,
                                             String title, String text) {
        return EvidenceItem.builder(id, platform, kind).url(url).author(author)
                .publishedAt(published == null ? null : Instant.parse(published)).title(title).text(text);
    }

    private static TimeWindow window(String earliest, String latest) {
        return new TimeWindow(Instant.parse(earliest), Instant.parse(latest));
    }

    private static void window(Map<String, ItemWindow> into, String item, String earliest, String latest, boolean consistent) {
        into.put(item, new ItemWindow(item, window(earliest, latest), List.of(), List.of(), consistent));
    }
}
