package io.corroborate.testing;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Area;
import io.corroborate.model.Author;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Claim;
import io.corroborate.model.ClaimVerdict;
import io.corroborate.model.Clue;
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
import io.corroborate.model.Profile;
import io.corroborate.model.Provenance;
import io.corroborate.model.Redaction;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.Severity;
import io.corroborate.model.SourceSummary;
import io.corroborate.model.TimeWindow;
import io.corroborate.model.Verdict;
import io.corroborate.spi.DirectoryExportContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made Almaty case for exporter tests (in the model's test-jar, shared by every exporter module) (Asia/Almaty: UTC+6 in 2022, UTC+5 since March 2024) with hostile
 * text in it: formula-looking cells, quotes, commas, newlines, {@code ]]>} and {@code <script>}, a
 * {@code javascript:} URL, a witness name and an analyst name that the public profile must drop.
 */
public final class AlmatyFixture {
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    public static final String TELEGRAM = "telegram:almatyinfo:4512";
    public static final String TWEET = "twitter:1478999000111222333";
    public static final String ARTICLE = "press:example:night-clashes";
    public static final String WITNESS = "witness:W1:1";
    public static final String LATER = "youtube:abc123XYZ";
    public static final String WITNESS_NAME = "Aigerim Sarsenbayeva";
    public static final String ANALYST = "analyst-anna";
    public static final String WITNESS_AUTHOR = "W1, \"the teacher\"\nsecond line";
    public static final String FORMULA = "=cmd|' /C calc'!A0";
    public static final String QUOTED_TEXT = "Shooting near \"Republic Square\", 15:10\nsecond line";
    public static final String SCRIPT_TITLE = "Night of ]]> <script>alert(1)</script>";
    public static final String SHA_A = "a".repeat(64);
    public static final String SHA_B = "b".repeat(64);
    public static final String SHA_MEDIA = "c".repeat(64);
    public static final Instant RUN = Instant.parse("2024-05-01T10:00:00Z");

    public static final Place REPUBLIC_SQUARE = new Place(new GeoPoint(43.238949, 76.945465), 150, "republic-square", "Republic Square");

    private AlmatyFixture() {
    }

    public static Case theCase(Instant importedAt) {
        EvidenceItem telegram = EvidenceItem.builder(TELEGRAM, Platform.TELEGRAM, ItemKind.VIDEO)
                .url("https://t.me/almatyinfo/4512")
                .author(new Author("channel1001234567", "Almaty Info"))
                .publishedAt(Instant.parse("2022-01-05T09:14:03Z"))
                .text(QUOTED_TEXT)
                .media(MediaRef.of("video").withPath("sources/almatyinfo/video_files/IMG_0412.MP4").withSha256(SHA_MEDIA)
                        .withDurationSeconds(41.0).withSize(720, 1280))
                .clue(Clue.fromImporter(TELEGRAM, "published", "2022-01-05T09:14:03Z", null, "telegram", null))
                .provenance(new Provenance("telegram", "sources/almatyinfo/result.json", "message 4512", SHA_A, importedAt))
                .build();
        EvidenceItem tweet = EvidenceItem.builder(TWEET, Platform.TWITTER, ItemKind.VIDEO)
                .url("https://twitter.com/someone/status/1478999000111222333")
                .author(new Author("+12345", "@SUM(A1:A2)"))
                .publishedAt(Instant.parse("2022-01-05T09:20:00Z"))
                .text(FORMULA)
                .repostOf(TELEGRAM)
                .provenance(new Provenance("twitter", "sources/x/tweets.jsonl", "line 3", SHA_B, importedAt))
                .build();
        EvidenceItem article = EvidenceItem.builder(ARTICLE, Platform.PRESS, ItemKind.ARTICLE)
                .url("javascript:alert(1)")
                .author(new Author(null, "-Reporter"))
                .publishedAt(Instant.parse("2022-01-06T04:00:00Z"))
                .title(SCRIPT_TITLE)
                .text("<b>bold</b> & ]]> \tend")
                .build();
        EvidenceItem witness = EvidenceItem.builder(WITNESS, Platform.WITNESS, ItemKind.STATEMENT)
                .author(new Author(null, WITNESS_AUTHOR))
                .text("We left the square minutes before the shooting.")
                .sensitive("name", WITNESS_NAME)
                .build();
        EvidenceItem later = EvidenceItem.builder(LATER, Platform.YOUTUBE, ItemKind.VIDEO)
                .url("https://www.youtube.com/watch?v=abc123XYZ")
                .author(new Author("@someone", "Some One"))
                .publishedAt(Instant.parse("2024-03-05T10:00:00Z"))
                .title("Anniversary march")
                .build();
        List<Clue> clues = List.of(
                new Clue("clues.csv:2", TELEGRAM, "clock", "15:10", Duration.ofMinutes(5), "clock on the building", ANALYST),
                new Clue("clues.csv:3", TELEGRAM, "observation", "live-fire by security-forces", null, null, ANALYST));
        List<Landmark> landmarks = List.of(new Landmark("republic-square", "Republic Square", List.of("Respublika alany"),
                new GeoPoint(43.238949, 76.945465), 150));
        List<Claim> claims = List.of(new Claim("C1", "Ministry of Internal Affairs", LocalDate.of(2022, 1, 7),
                "No live ammunition was used", "no live-fire"));
        List<SourceSummary> sources = List.of(
                new SourceSummary("sources/x/tweets.jsonl", "twitter", SHA_B, 1024, 1, 0, importedAt),
                new SourceSummary("sources/almatyinfo/result.json", "telegram", SHA_A, 2048, 3, 1, importedAt));
        return new Case("Almaty, January 2022", ALMATY, new Area(43.1, 76.8, 43.4, 77.1),
                new TimeWindow(Instant.parse("2022-01-04T00:00:00Z"), Instant.parse("2022-01-07T00:00:00Z")),
                List.of(tweet, telegram, article, witness, later), clues, landmarks, claims, sources,
                Map.of("incident-max-gap", "30m"));
    }

    public static AnalysisResult result() {
        Map<String, ItemWindow> windows = Map.of(
                TELEGRAM, new ItemWindow(TELEGRAM, new TimeWindow(Instant.parse("2022-01-05T09:05:00Z"), Instant.parse("2022-01-05T09:14:03Z")),
                        List.of("clues.csv:2"), List.of(TELEGRAM + "/published"), true),
                TWEET, new ItemWindow(TWEET, new TimeWindow(Instant.parse("2022-01-05T09:05:00Z"), Instant.parse("2022-01-05T09:20:00Z")),
                        List.of(), List.of(TWEET + "/published"), false),
                ARTICLE, new ItemWindow(ARTICLE, new TimeWindow(Instant.parse("2022-01-05T18:00:00Z"), Instant.parse("2022-01-05T20:30:00Z")),
                        List.of(), List.of(), true),
                LATER, new ItemWindow(LATER, new TimeWindow(Instant.parse("2024-03-05T09:00:00Z"), Instant.parse("2024-03-05T09:30:00Z")),
                        List.of(), List.of(LATER + "/published"), true));
        Place night = new Place(new GeoPoint(43.25, 76.95), 500, null, null);
        Map<String, Place> places = Map.of(
                TELEGRAM, REPUBLIC_SQUARE,
                TWEET, REPUBLIC_SQUARE,
                ARTICLE, night,
                LATER, new Place(new GeoPoint(-12.0463741, -77.0427934), 25.5, null, null));
        CasualtyCount shooting = CasualtyCount.of(Map.of("P01", List.of(TELEGRAM), "P02", List.of(TELEGRAM)), Map.of("P03", List.of(TWEET)));
        List<Incident> incidents = List.of(
                new Incident("incident-1", "Shooting at Republic Square", REPUBLIC_SQUARE,
                        new TimeWindow(Instant.parse("2022-01-05T09:05:00Z"), Instant.parse("2022-01-05T09:20:00Z")),
                        List.of(TELEGRAM, TWEET),
                        List.of(new Observation(TELEGRAM, "live-fire", "security-forces", "clues.csv:3", null),
                                new Observation(TWEET, "tear-gas", "security-forces", null, null)),
                        shooting),
                new Incident("incident-2", "Night clashes, \"Abai\" avenue", night,
                        new TimeWindow(Instant.parse("2022-01-05T18:00:00Z"), Instant.parse("2022-01-05T20:30:00Z")),
                        List.of(ARTICLE), List.of(), null));
        return new AnalysisResult(
                List.of(new Finding("clue-conflict", Severity.ERROR, "clock in " + TWEET + " reads 15:30, but it was posted at 15:20",
                        List.of(TWEET), List.of(TWEET + "/published"))),
                places, windows,
                List.of(new RepostGroup("repost-1", TELEGRAM, List.of(TWEET), windows.get(TELEGRAM).window(), List.of("same-sha256"))),
                incidents, shooting,
                List.of(new ClaimVerdict("C1", Verdict.CONTRADICTED, "live fire is seen in " + TELEGRAM, List.of(TELEGRAM),
                        List.of("live-fire by security-forces"))),
                List.of(new Corroboration("live-fire by security-forces", "incident-1", List.of(TELEGRAM, TWEET), 1)));
    }

    /** A context over the fixture; the public profile gets the redacted case, as the host would give it. */
    public static DirectoryExportContext context(Path out, Profile profile, Instant runStartedAt) {
        Case c = theCase(runStartedAt);
        return new DirectoryExportContext(profile == Profile.PUBLIC ? Redaction.forPublic(c) : c, result(), profile,
                "0.1.0-test", runStartedAt, out);
    }
}
