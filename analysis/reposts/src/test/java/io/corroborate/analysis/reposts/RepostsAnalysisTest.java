package io.corroborate.analysis.reposts;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Author;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Finding;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.ItemWindow;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Place;
import io.corroborate.model.Platform;
import io.corroborate.model.RepostGroup;
import io.corroborate.model.Severity;
import io.corroborate.model.TimeWindow;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RepostsAnalysisTest {
    private static final String SHA = "a".repeat(64);
    private static final String TEXT = "Стрельба у резиденции президента, люди бегут, слышны автоматные очереди";
    private static final Place SQUARE = new Place(new GeoPoint(43.2383, 76.9456), 150, "republic-square", "Republic Square");
    private static final Place RESIDENCE = new Place(new GeoPoint(43.2565, 76.9300), 100, "president-residence", "President's residence");
    private static final Place NEAR_SQUARE = new Place(new GeoPoint(43.2390, 76.9460), 20, null, null);

    private static EvidenceItem.Builder item(String id, String published) {
        return EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO).publishedAt(published == null ? null : Instant.parse(published));
    }

    private static MediaRef video(String sha, Double seconds) {
        return MediaRef.of("video").withSha256(sha).withDurationSeconds(seconds);
    }

    private static Case caseOf(EvidenceItem.Builder... items) {
        return caseOf(List.of(), items);
    }

    private static Case caseOf(List<Clue> clues, EvidenceItem.Builder... items) {
        return new Case("test", ZoneId.of("Asia/Almaty"), null, null, Arrays.stream(items).map(EvidenceItem.Builder::build).toList(),
                clues, null, null, null, null);
    }

    private static AnalysisResult run(Case c) {
        return run(c, AnalysisResult.EMPTY);
    }

    private static AnalysisResult run(Case c, AnalysisResult soFar) {
        return new RepostsAnalysis().analyze(c, soFar);
    }

    private static List<Finding> of(AnalysisResult r, String kind) {
        return r.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    private static AnalysisResult windows(ItemWindow... w) {
        return AnalysisResult.EMPTY.withWindows(Arrays.stream(w).collect(Collectors.toMap(ItemWindow::item, x -> x)));
    }

    private static ItemWindow window(String item, String earliest, String latest, String earliestBy, String latestBy) {
        return new ItemWindow(item, new TimeWindow(earliest == null ? null : Instant.parse(earliest), latest == null ? null : Instant.parse(latest)),
                earliestBy == null ? List.of() : List.of(earliestBy), latestBy == null ? List.of() : List.of(latestBy), true);
    }

    @Test
    void sameSha256IsOneGroupWithTheEarliestAsFirstUploadAndTheRestInPublicationOrder() {
        AnalysisResult r = run(caseOf(
                item("c", "2022-01-05T12:00:00Z").media(video(SHA, 41.0)),
                item("a", "2022-01-05T10:00:00Z").media(video(SHA, 41.0)),
                item("b", "2022-01-05T11:00:00Z").media(video(SHA, 41.0)),
                item("other", "2022-01-05T09:00:00Z").media(video("b".repeat(64), 41.0))));

        assertThat(r.repostGroups()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo("repost-a");
            assertThat(g.firstUpload()).isEqualTo("a");
            assertThat(g.reuploads()).containsExactly("b", "c");
            assertThat(g.reasons()).containsExactly("same-sha256");
        });
    }

    @Test
    void sameCanonicalUrlGroupsTwitterAndXSpellings() {
        AnalysisResult r = run(caseOf(
                item("twitter:1", "2022-01-05T10:00:00Z").url("https://twitter.com/someone/status/1478"),
                item("csv:1", "2022-01-05T10:00:00Z").url("https://x.com/someone/status/1478?s=20")));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> assertThat(g.reasons()).containsExactly("same-url"));
    }

    @Test
    void anExplicitRepostJoinsItsOriginal() {
        AnalysisResult r = run(caseOf(
                item("orig", "2022-01-05T10:00:00Z"),
                item("rt", "2022-01-05T10:05:00Z").repostOf("orig")));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly("orig", "rt");
            assertThat(g.reasons()).containsExactly("repost-of");
        });
    }

    @Test
    void repostsOfAnOriginalTheCaseLacksAreOneGroup() {
        AnalysisResult r = run(caseOf(
                item("rt1", "2022-01-05T10:05:00Z").repostOf("twitter:999"),
                item("rt2", "2022-01-05T10:01:00Z").repostOf("twitter:999"),
                item("rt3", "2022-01-05T10:01:00Z").repostOf("twitter:998")));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> assertThat(g.members()).containsExactly("rt2", "rt1"));
    }

    @Test
    void aForwardJoinsThePostOfTheNamedAuthorWithTheSameText() {
        AnalysisResult r = run(caseOf(
                item("telegram:almatyinfo:1", "2022-01-05T10:00:00Z").author(new Author("channel1001", "Almaty Info")).text(TEXT),
                item("telegram:almatyinfo:2", "2022-01-05T10:02:00Z").author(new Author("channel1001", "Almaty Info")).text("другой пост"),
                item("telegram:other:7", "2022-01-05T10:30:00Z").author(new Author("channel2002", "Other")).text(TEXT)
                        .forwardedFrom(new Author(null, "almaty info"))));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly("telegram:almatyinfo:1", "telegram:other:7");
            assertThat(g.reasons()).containsExactly("forwarded-from");
        });
    }

    @Test
    void aForwardPrefersTheTextMatchOverADurationMatch() {
        AnalysisResult r = run(caseOf(
                item("tg:a:1", "2022-01-05T10:00:00Z").author(new Author("c1", "A")).text("caption one").media(video(null, 30.0)),
                item("tg:a:2", "2022-01-05T10:20:00Z").author(new Author("c1", "A")).text("caption two").media(video(null, 12.0)),
                item("tg:b:1", "2022-01-05T10:30:00Z").author(new Author("c2", "B")).text("caption one").media(video(null, 12.0))
                        .forwardedFrom(new Author(null, "A"))));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> assertThat(g.members()).containsExactly("tg:a:1", "tg:b:1"));
    }

    @Test
    void aForwardWithoutMatchingTextOrDurationJoinsNothing() {
        AnalysisResult r = run(caseOf(
                item("tg:a:1", "2022-01-05T10:00:00Z").author(new Author("c1", "A")).text("caption one").media(video(null, 30.0)),
                item("tg:b:1", "2022-01-05T10:30:00Z").author(new Author("c2", "B")).text("something else").media(video(null, 12.0))
                        .forwardedFrom(new Author(null, "A"))));
        assertThat(r.repostGroups()).isEmpty();
    }

    @Test
    void theSameMediaIdOnOnePlatformIsOneGroupButNotAcrossPlatforms() {
        AnalysisResult r = run(caseOf(
                item("twitter:1", "2022-01-05T10:00:00Z").media(MediaRef.of("video").withMediaId("7_147")),
                item("twitter:2", "2022-01-05T10:10:00Z").media(MediaRef.of("video").withMediaId("7_147")),
                EvidenceItem.builder("youtube:x", Platform.YOUTUBE, ItemKind.VIDEO).media(MediaRef.of("video").withMediaId("7_147"))));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly("twitter:1", "twitter:2");
            assertThat(g.reasons()).containsExactly("same-media-id");
        });
    }

    @Test
    void nearIdenticalTextWithTheSameDurationWithinASecondIsOneGroup() {
        AnalysisResult r = run(caseOf(
                item("a", "2022-01-05T10:00:00Z").text(TEXT).media(video(null, 41.0)),
                item("b", "2022-01-05T10:10:00Z").text(TEXT + "!!! #Алматы").media(video(null, 41.8))));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> assertThat(g.reasons()).containsExactly("near-identical-text"));
    }

    @Test
    void nearIdenticalTextWithDifferentDurationsIsNotGrouped() {
        AnalysisResult r = run(caseOf(
                item("a", "2022-01-05T10:00:00Z").text(TEXT).media(video(null, 41.0)),
                item("b", "2022-01-05T10:10:00Z").text(TEXT).media(video(null, 44.0))));
        assertThat(r.repostGroups()).isEmpty();
    }

    @Test
    void shortIdenticalCaptionsWithTheSameDurationAreNotGrouped() {
        AnalysisResult r = run(caseOf(
                item("a", "2022-01-05T10:00:00Z").text("Алматы сейчас").media(video(null, 41.0)),
                item("b", "2022-01-05T10:10:00Z").text("Алматы сейчас").media(video(null, 41.0))));
        assertThat(r.repostGroups()).isEmpty();
    }

    @Test
    void groupingIsTransitiveAndCollectsEveryReason() {
        AnalysisResult r = run(caseOf(
                item("a", "2022-01-05T10:00:00Z").media(video(SHA, null)),
                item("b", "2022-01-05T10:10:00Z").media(video(SHA, null)).url("https://youtu.be/abc"),
                item("c", "2022-01-05T10:20:00Z").url("https://www.youtube.com/watch?v=abc")));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly("a", "b", "c");
            assertThat(g.reasons()).containsExactly("same-sha256", "same-url");
        });
    }

    @Test
    void onATieANativePostComesBeforeARepostThenTheLowerId() {
        AnalysisResult r = run(caseOf(
                item("a-repost", "2022-01-05T10:00:00Z").media(video(SHA, null)).forwardedFrom(new Author(null, "Nobody in the case")),
                item("z-native", "2022-01-05T10:00:00Z").media(video(SHA, null)),
                item("m-native", "2022-01-05T10:00:00Z").media(video(SHA, null)),
                item("undated", null).media(video(SHA, null))));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> {
            assertThat(g.firstUpload()).isEqualTo("m-native");
            assertThat(g.reuploads()).containsExactly("z-native", "a-repost", "undated");
        });
    }

    @Test
    void groupWindowIsTheIntersectionAndAReuploadsPublicationBoundsTheOriginal() {
        Case c = caseOf(
                item("orig", "2022-01-05T12:00:00Z").media(video(SHA, null))
                        .clue(Clue.fromImporter("orig", "published", "2022-01-05T12:00:00Z", null, "telegram", null)),
                item("copy", "2022-01-05T10:30:00Z").media(video(SHA, null))
                        .clue(Clue.fromImporter("copy", "published", "2022-01-05T10:30:00Z", null, "twitter", null)));
        AnalysisResult r = run(c, windows(
                window("orig", "2022-01-05T10:00:00Z", "2022-01-05T12:00:00Z", "clues.csv:4", "orig/published"),
                window("copy", null, "2022-01-05T10:30:00Z", null, "copy/published")));

        TimeWindow expected = new TimeWindow(Instant.parse("2022-01-05T10:00:00Z"), Instant.parse("2022-01-05T10:30:00Z"));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> assertThat(g.window()).isEqualTo(expected));
        assertThat(r.windows().get("orig").window()).isEqualTo(expected);
        assertThat(r.windows().get("orig").latestBoundBy()).containsExactly("copy/published");
        assertThat(r.windows().get("orig").earliestBoundBy()).containsExactly("clues.csv:4");
        assertThat(r.windows().get("copy").window()).isEqualTo(expected);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void membersWhoseWindowsCannotOverlapAreAnError() {
        Case c = caseOf(item("a", "2022-01-05T12:00:00Z").media(video(SHA, null)), item("b", "2022-01-05T12:30:00Z").media(video(SHA, null)));
        AnalysisResult r = run(c, windows(
                window("a", "2022-01-05T09:00:00Z", "2022-01-05T09:10:00Z", "clues.csv:2", "clues.csv:3"),
                window("b", "2022-01-05T11:00:00Z", "2022-01-05T11:10:00Z", "clues.csv:5", "clues.csv:6")));
        assertThat(of(r, "repost-windows-disjoint")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.items()).containsExactly("a", "b");
            assertThat(f.clues()).containsExactly("clues.csv:5", "clues.csv:3");
            assertThat(f.message()).contains("cannot be the same recording", "15:10", "17:00");
        });
        assertThat(r.repostGroups().get(0).window()).isEqualTo(TimeWindow.UNBOUNDED);
        assertThat(r.windows()).isEmpty();
    }

    @Test
    void membersWithOverlappingWindowsAreNoError() {
        Case c = caseOf(item("a", "2022-01-05T12:00:00Z").media(video(SHA, null)), item("b", "2022-01-05T12:30:00Z").media(video(SHA, null)));
        AnalysisResult r = run(c, windows(
                window("a", "2022-01-05T09:00:00Z", "2022-01-05T10:10:00Z", null, null),
                window("b", "2022-01-05T10:00:00Z", "2022-01-05T11:10:00Z", null, null)));
        assertThat(of(r, "repost-windows-disjoint")).isEmpty();
        assertThat(r.repostGroups().get(0).window())
                .isEqualTo(new TimeWindow(Instant.parse("2022-01-05T10:00:00Z"), Instant.parse("2022-01-05T10:10:00Z")));
    }

    @Test
    void anOriginalPublishedAfterItsCopyIsAWarning() {
        AnalysisResult r = run(caseOf(item("orig", "2022-01-05T12:00:00Z"), item("copy", "2022-01-05T11:00:00Z").repostOf("orig")));
        assertThat(of(r, "original-published-after-copy")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("orig", "copy");
            assertThat(f.message()).contains("18:00", "17:00");
        });
        assertThat(r.repostGroups().get(0).firstUpload()).isEqualTo("copy");
    }

    @Test
    void anOriginalPublishedBeforeItsCopyIsFine() {
        AnalysisResult r = run(caseOf(item("orig", "2022-01-05T10:00:00Z"), item("copy", "2022-01-05T11:00:00Z").repostOf("orig")));
        assertThat(of(r, "original-published-after-copy")).isEmpty();
    }

    @Test
    void aForwardJoinedToALaterPostOfTheNamedAuthorIsAWarning() {
        AnalysisResult r = run(caseOf(
                item("tg:a:1", "2022-01-05T10:30:00Z").author(new Author("c1", "A")).text(TEXT),
                item("tg:b:1", "2022-01-05T10:00:00Z").author(new Author("c2", "B")).text(TEXT).forwardedFrom(new Author(null, "A"))));
        assertThat(of(r, "original-published-after-copy")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("tg:a:1", "tg:b:1");
            assertThat(f.message()).contains("tg:b:1 (forwarded-from)", "16:00", "16:30", "Asia/Almaty");
        });
    }

    @Test
    void aForwardOfAnEarlierPostIsNoWarning() {
        AnalysisResult r = run(caseOf(
                item("tg:a:1", "2022-01-05T10:00:00Z").author(new Author("c1", "A")).text(TEXT),
                item("tg:b:1", "2022-01-05T10:30:00Z").author(new Author("c2", "B")).text(TEXT).forwardedFrom(new Author(null, "A"))));
        assertThat(r.repostGroups()).hasSize(1);
        assertThat(of(r, "original-published-after-copy")).isEmpty();
    }

    @Test
    void anOriginalNamedByARepostButPublishedAfterTheSameMediaElsewhereIsAWarning() {
        AnalysisResult r = run(caseOf(
                item("orig", "2022-01-05T12:00:00Z").media(video(SHA, null)),
                item("rt", "2022-01-05T12:05:00Z").repostOf("orig"),
                item("elsewhere", "2022-01-05T10:00:00Z").media(video(SHA, null))));
        assertThat(of(r, "original-published-after-copy")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("orig", "elsewhere", "rt");
            assertThat(f.message()).contains("orig is marked as the original of rt (repost-of)", "elsewhere", "16:00", "18:00");
        });
        assertThat(r.repostGroups().get(0).firstUpload()).isEqualTo("elsewhere");
    }

    @Test
    void sameContentWithNoItemNamedAsTheOriginalIsNoWarningWhateverTheOrder() {
        AnalysisResult r = run(caseOf(
                item("late", "2022-01-05T12:00:00Z").media(video(SHA, null)).url("https://youtu.be/abc"),
                item("early", "2022-01-05T10:00:00Z").media(video(SHA, null)),
                item("middle", "2022-01-05T11:00:00Z").url("https://www.youtube.com/watch?v=abc")));
        assertThat(r.repostGroups()).singleElement().satisfies(g -> assertThat(g.members()).containsExactly("early", "middle", "late"));
        assertThat(of(r, "original-published-after-copy")).isEmpty();
    }

    @Test
    void anOriginalPublishedAtTheSameTimeAsItsCopyIsNoWarning() {
        AnalysisResult r = run(caseOf(item("orig", "2022-01-05T10:00:00Z"), item("copy", "2022-01-05T10:00:00Z").repostOf("orig")));
        assertThat(of(r, "original-published-after-copy")).isEmpty();
    }

    @Test
    void aReuploadPlacedFarFromTheOriginalIsAWarning() {
        Case c = caseOf(item("a", "2022-01-05T10:00:00Z").media(video(SHA, null)), item("b", "2022-01-05T11:00:00Z").media(video(SHA, null)),
                item("c", "2022-01-05T12:00:00Z").media(video(SHA, null)));
        AnalysisResult r = run(c, AnalysisResult.EMPTY.withPlaces(Map.of("a", SQUARE, "b", RESIDENCE, "c", NEAR_SQUARE)));
        assertThat(of(r, "repost-claims-different-place")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("a", "b");
            assertThat(f.message()).contains("President's residence", "Republic Square");
        });
        assertThat(of(r, "repost-members-far-apart")).isEmpty();
    }

    @Test
    void whenTheFirstUploadIsUnplacedTheFarthestPlacedPairIsReported() {
        Case c = caseOf(item("a", "2022-01-05T10:00:00Z").media(video(SHA, null)), item("b", "2022-01-05T11:00:00Z").media(video(SHA, null)),
                item("c", "2022-01-05T12:00:00Z").media(video(SHA, null)));
        AnalysisResult far = run(c, AnalysisResult.EMPTY.withPlaces(Map.of("b", RESIDENCE, "c", NEAR_SQUARE)));
        AnalysisResult near = run(c, AnalysisResult.EMPTY.withPlaces(Map.of("b", SQUARE, "c", NEAR_SQUARE)));
        assertThat(of(far, "repost-members-far-apart")).singleElement().satisfies(f -> assertThat(f.items()).containsExactly("b", "c"));
        assertThat(of(near, "repost-members-far-apart")).isEmpty();
        assertThat(of(far, "repost-claims-different-place")).isEmpty();
    }

    @Test
    void twoReuploadsEachNearThePlacedOriginalButFarFromEachOtherAreReported() {
        Place west = new Place(new GeoPoint(43.2383, 76.9456 - 0.0056), 0, null, null);
        Place east = new Place(new GeoPoint(43.2383, 76.9456 + 0.0056), 0, null, null);
        Place origin = new Place(new GeoPoint(43.2383, 76.9456), 0, null, null);
        Case c = caseOf(item("a", "2022-01-05T10:00:00Z").media(video(SHA, null)), item("b", "2022-01-05T11:00:00Z").media(video(SHA, null)),
                item("c", "2022-01-05T12:00:00Z").media(video(SHA, null)));
        AnalysisResult r = run(c, AnalysisResult.EMPTY.withPlaces(Map.of("a", origin, "b", east, "c", west)));
        assertThat(of(r, "repost-claims-different-place")).isEmpty();
        assertThat(of(r, "repost-members-far-apart")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("b", "c");
            assertThat(f.message()).contains("repost-a", "907 m");
        });
    }

    @Test
    void reuploadsNearThePlacedOriginalAndNearEachOtherAreNotReported() {
        Place west = new Place(new GeoPoint(43.2383, 76.9456 - 0.0025), 0, null, null);
        Place east = new Place(new GeoPoint(43.2383, 76.9456 + 0.0025), 0, null, null);
        Place origin = new Place(new GeoPoint(43.2383, 76.9456), 0, null, null);
        Case c = caseOf(item("a", "2022-01-05T10:00:00Z").media(video(SHA, null)), item("b", "2022-01-05T11:00:00Z").media(video(SHA, null)),
                item("c", "2022-01-05T12:00:00Z").media(video(SHA, null)));
        AnalysisResult r = run(c, AnalysisResult.EMPTY.withPlaces(Map.of("a", origin, "b", east, "c", west)));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void theFarthestPairIsMeasuredLessTheRadii() {
        Place a = new Place(new GeoPoint(43.2383, 76.9400), 0, null, null);
        Place b = new Place(new GeoPoint(43.2383, 76.9500), 0, null, null);
        Place vague = new Place(new GeoPoint(43.2383, 76.9600), 1500, null, null);
        assertThat(RepostsAnalysis.farthestPair(List.of(a, vague, b), 500)).containsExactly(0, 2);
        assertThat(RepostsAnalysis.farthestPair(List.of(a, vague, b), 900)).isNull();
    }

    @Test
    void theFarthestPairAgreesWithComparingEveryPair() {
        List<Place> scatter = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double lat = 43.20 + (i * 37 % 41) * 0.002;
            double lon = 76.90 + (i * 23 % 43) * 0.002;
            scatter.add(new Place(new GeoPoint(lat, lon), i * 53 % 300, null, null));
        }
        double best = 0;
        int[] expected = null;
        for (int x = 0; x < scatter.size(); x++) {
            for (int y = x + 1; y < scatter.size(); y++) {
                double d = scatter.get(x).minimumDistanceMetres(scatter.get(y));
                if (d > best) {
                    best = d;
                    expected = new int[] {x, y};
                }
            }
        }
        assertThat(RepostsAnalysis.farthestPair(scatter, 500)).containsExactly(expected);
    }

    @Test
    void aReuploadDatedDifferentlyFromTheOriginalIsAWarning() {
        Clue d1 = new Clue("clues.csv:2", "a", "date", "2022-01-05", null, null, null);
        Clue d2 = new Clue("clues.csv:3", "b", "date", "2022-01-06", null, null, null);
        Clue d3 = new Clue("clues.csv:4", "c", "date", "2022-01-05", null, null, null);
        AnalysisResult r = run(caseOf(List.of(d1, d2, d3), item("a", "2022-01-05T10:00:00Z").media(video(SHA, null)),
                item("b", "2022-01-06T11:00:00Z").media(video(SHA, null)), item("c", "2022-01-06T12:00:00Z").media(video(SHA, null))));
        assertThat(of(r, "repost-claims-different-date")).singleElement().satisfies(f -> {
            assertThat(f.items()).containsExactly("a", "b");
            assertThat(f.clues()).containsExactly("clues.csv:2", "clues.csv:3");
        });
    }

    @Test
    void itemsThatShareNothingFormNoGroups() {
        AnalysisResult r = run(caseOf(item("a", "2022-01-05T10:00:00Z").text(TEXT), item("b", "2022-01-05T10:00:00Z").text("другое")));
        assertThat(r.repostGroups()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void groupsAreOrderedByTheirFirstUpload() {
        AnalysisResult r = run(caseOf(
                item("late1", "2022-01-05T12:00:00Z").media(video(SHA, null)), item("late2", "2022-01-05T12:10:00Z").media(video(SHA, null)),
                item("early1", "2022-01-05T09:00:00Z").repostOf("early2"), item("early2", "2022-01-05T08:00:00Z")));
        assertThat(r.repostGroups()).extracting(RepostGroup::id).containsExactly("repost-early2", "repost-late1");
    }

    @Test
    void serviceLoaderFindsIt() {
        Analysis a = Plugins.discovered(Analysis.class, RepostsAnalysis.class);
        assertThat(a.id()).isEqualTo("reposts");
        assertThat(a.runsAfter()).containsExactlyInAnyOrder("places", "chronology");
    }
}
