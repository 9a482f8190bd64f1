package io.corroborate.analysis.corroboration;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Author;
import io.corroborate.model.Case;
import io.corroborate.model.CasualtyCount;
import io.corroborate.model.Clue;
import io.corroborate.model.Corroboration;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Observation;
import io.corroborate.model.Platform;
import io.corroborate.model.RepostGroup;
import io.corroborate.spi.Analysis;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CorroborationAnalysisTest {
    private final Map<String, EvidenceItem> items = new LinkedHashMap<>();
    private final List<Clue> clues = new ArrayList<>();
    private List<RepostGroup> groups = List.of();

    private EvidenceItem.Builder item(String id, String authorId, String authorName) {
        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO)
                .author(authorId == null && authorName == null ? null : new Author(authorId, authorName));
        items.put(id, b.build());
        return b;
    }

    private void put(EvidenceItem.Builder b) {
        items.put(b.id(), b.build());
    }

    private int sources(String... ids) {
        return new Sources(items, groups).count(List.of(ids));
    }

    private void clue(String item, String kind, String value) {
        clues.add(new Clue("clues.csv:" + (clues.size() + 2), item, kind, value, null, null, "AN1"));
    }

    private AnalysisResult run(AnalysisResult soFar) {
        Case c = new Case("test", ZoneId.of("Asia/Almaty"), null, null, List.copyOf(items.values()), clues, null, null, null, null);
        return new CorroborationAnalysis().analyze(c, soFar.withRepostGroups(groups));
    }

    @Test
    void itemsByDifferentAuthorsAreIndependent() {
        item("a", "c1", "One");
        item("b", "c2", "Two");
        item("c", null, null);
        assertThat(sources("a", "b", "c")).isEqualTo(3);
    }

    @Test
    void itemsByOneAuthorAreOneSourceByIdOrByName() {
        item("a", "c1", "One");
        item("b", "c1", "One, renamed");
        item("c", "other-id", "ONE");
        assertThat(sources("a", "b")).isEqualTo(1);
        assertThat(sources("a", "c")).isEqualTo(1);
    }

    @Test
    void membersOfOneRepostGroupAreOneSource() {
        item("a", "c1", "One");
        item("b", "c2", "Two");
        groups = List.of(new RepostGroup("repost-a", "a", List.of("b"), null, List.of("same-sha256")));
        assertThat(sources("a", "b")).isEqualTo(1);
    }

    @Test
    void aForwardIsTheSameSourceAsTheForwardedAuthor() {
        item("a", "c1", "Almaty Info");
        put(item("b", "c2", "Other").forwardedFrom(new Author(null, "almaty info")));
        assertThat(sources("a", "b")).isEqualTo(1);
    }

    @Test
    void repostsOfOneOriginalAreOneSource() {
        put(item("rt1", "u1", "U1").repostOf("twitter:9"));
        put(item("rt2", "u2", "U2").repostOf("twitter:9"));
        put(item("orig", "u3", "U3"));
        put(item("rt3", "u4", "U4").repostOf("orig"));
        assertThat(sources("rt1", "rt2")).isEqualTo(1);
        assertThat(sources("orig", "rt3")).isEqualTo(1);
    }

    @Test
    void linksChain() {
        item("a", "c1", "One");
        item("b", "c1", "One");
        item("c", "c3", "Three");
        groups = List.of(new RepostGroup("repost-b", "b", List.of("c"), null, List.of("same-url")));
        assertThat(sources("a", "c")).isEqualTo(2);
        assertThat(sources("a", "b", "c")).isEqualTo(1);
    }

    @Test
    void sixVideosFromFourSources() {
        item("a1", "x", "X");
        item("a2", "x", "X");
        item("b1", "y", "Y");
        item("b2", "z", "Z");
        item("c1", "w", "W");
        item("d1", "v", "V");
        groups = List.of(new RepostGroup("repost-b1", "b1", List.of("b2"), null, List.of("same-sha256")));
        List<Observation> seen = new ArrayList<>();
        for (String i : List.of("a1", "a2", "b1", "b2", "c1", "d1")) {
            seen.add(Observation.parse(i, "live-fire by security-forces", "clues.csv:" + i, null));
        }
        seen.add(Observation.parse("d1", "tear-gas by security-forces", "clues.csv:x", null));
        Incident incident = new Incident("incident-2", "Residence", null, null, List.copyOf(items.keySet()), seen, null);

        AnalysisResult r = run(AnalysisResult.EMPTY.withIncidents(List.of(incident)));
        assertThat(r.corroborations()).filteredOn(c -> "incident-2".equals(c.incident()))
                .extracting(Corroboration::subject, Corroboration::items, Corroboration::independentSources)
                .containsExactly(
                        tuple("live-fire by security-forces", List.of("a1", "a2", "b1", "b2", "c1", "d1"), 4),
                        tuple("tear-gas by security-forces", List.of("d1"), 1));
    }

    @Test
    void casualtiesAreCorroboratedPerIncidentAndForTheCase() {
        item("a", "x", "X");
        item("b", "y", "Y");
        item("c", "y", "Y");
        CasualtyCount inIncident = CasualtyCount.of(Map.of("P01", List.of("a", "b")), Map.of());
        CasualtyCount total = CasualtyCount.of(Map.of("P01", List.of("a", "b", "c")), Map.of("P02", List.of("c")));
        Incident incident = new Incident("incident-1", "t", null, null, List.of("a", "b"), null, inIncident);

        AnalysisResult r = run(AnalysisResult.EMPTY.withIncidents(List.of(incident)).withCasualties(total));
        assertThat(r.corroborations()).extracting(Corroboration::subject, Corroboration::incident, Corroboration::independentSources)
                .containsExactly(tuple("P01", "incident-1", 2), tuple("P01", null, 2), tuple("P02", null, 1));
    }

    @Test
    void caseWideObservationsIncludeItemsOutsideIncidents() {
        item("a", "x", "X");
        item("b", "y", "Y");
        clue("a", "observation", "live fire by police");
        clue("b", "observation", "live-fire by police");
        clue("ghost", "observation", "live-fire by police");
        AnalysisResult r = run(AnalysisResult.EMPTY);
        assertThat(r.corroborations()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("live-fire by police");
            assertThat(c.incident()).isNull();
            assertThat(c.items()).containsExactly("a", "b");
            assertThat(c.independentSources()).isEqualTo(2);
        });
    }

    @Test
    void usedWithoutTheCasualtiesAnalysisItReadsCasualtyCluesItself() {
        item("a", "x", "X");
        item("b", "x", "X");
        clue("a", "casualty", "P03 killed");
        clue("b", "casualty", "P03 injured");
        clue("b", "casualty", "P04 alive");
        AnalysisResult r = run(AnalysisResult.EMPTY);
        assertThat(r.corroborations()).extracting(Corroboration::subject, Corroboration::items, Corroboration::independentSources)
                .containsExactly(tuple("P03", List.of("a", "b"), 1));
    }

    @Test
    void serviceLoaderFindsIt() {
        Analysis a = Plugins.discovered(Analysis.class, CorroborationAnalysis.class);
        assertThat(a.id()).isEqualTo("corroboration");
        assertThat(a.runsAfter()).containsExactlyInAnyOrder("reposts", "incidents", "casualties");
    }
}
