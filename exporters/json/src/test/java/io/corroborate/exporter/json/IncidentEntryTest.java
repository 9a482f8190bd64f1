package io.corroborate.exporter.json;

import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Incident;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import io.corroborate.model.RepostGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentEntryTest {
    private static final Map<String, EvidenceItem> ITEMS = Stream.of(
                    EvidenceItem.builder("telegram:a:1", Platform.TELEGRAM, ItemKind.VIDEO).build(),
                    EvidenceItem.builder("twitter:2", Platform.TWITTER, ItemKind.VIDEO).build(),
                    EvidenceItem.builder("telegram:a:3", Platform.TELEGRAM, ItemKind.VIDEO).build(),
                    EvidenceItem.builder("telegram:a:4", Platform.TELEGRAM, ItemKind.PHOTO).build(),
                    EvidenceItem.builder("witness:W1:1", Platform.WITNESS, ItemKind.STATEMENT).build())
            .collect(Collectors.toMap(EvidenceItem::id, Function.identity()));
    private static final List<RepostGroup> GROUPS = List.of(
            new RepostGroup("repost-1", "telegram:a:1", List.of("twitter:2"), null, List.of("same-sha256")));

    private static Incident incident(String... items) {
        return new Incident("incident-1", "t", null, null, List.of(items), List.of(), null);
    }

    @Test
    void aVideoAndItsReuploadAreOneRecording() {
        IncidentEntry e = IncidentEntry.of(incident("telegram:a:1", "twitter:2"), ITEMS, GROUPS);

        assertThat(e.videoCount()).isEqualTo(1);
        assertThat(e.itemCount()).isEqualTo(2);
    }

    @Test
    void aVideoInNoRepostGroupIsARecordingOfItsOwn() {
        assertThat(IncidentEntry.of(incident("twitter:2", "telegram:a:3"), ITEMS, GROUPS).videoCount()).isEqualTo(2);
    }

    @Test
    void photosAndStatementsAreItemsButNotVideos() {
        IncidentEntry e = IncidentEntry.of(incident("telegram:a:3", "telegram:a:4", "witness:W1:1"), ITEMS, GROUPS);

        assertThat(e.videoCount()).isEqualTo(1);
        assertThat(e.itemCount()).isEqualTo(3);
    }
}
