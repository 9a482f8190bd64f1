package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole analysis on a large generated case whose clues all agree with a hidden true timeline: every
 * item's window holds its true time. (Speed is measured by the JMH benchmark in benchmarks/, not here.)
 */
class ScaleTest {
    @Test
    void fiftyThousandItemsWithHalfAMillionCluesAllKeepTheirTrueTime() {
        int size = 50_000;
        Random r = new Random(7);
        long base = Instant.parse("2022-01-04T12:00:00Z").getEpochSecond();
        long[] truth = new long[size];
        List<EvidenceItem> items = new ArrayList<>();
        List<Clue> sheet = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            truth[i] = base + r.nextInt(3 * 86_400);
            String id = "telegram:c:" + i;
            String published = Instant.ofEpochSecond(truth[i] + 60 + r.nextInt(7200)).toString();
            items.add(EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO)
                    .media(MediaRef.of("video").withDurationSeconds(60.0))
                    .clue(Clue.fromImporter(id, "published", published, null, "telegram", null)).build());
            sheet.add(new Clue("clues.csv:" + (sheet.size() + 2), id, "clock",
                    Instant.ofEpochSecond(truth[i] + r.nextInt(60)).toString(), Duration.ofMinutes(5), null, "a"));
        }
        while (sheet.size() < 500_000) {
            int a = r.nextInt(size);
            int b = r.nextInt(size);
            if (a == b) {
                continue;
            }
            String kind = truth[a] <= truth[b] ? "before" : "after";
            sheet.add(new Clue("clues.csv:" + (sheet.size() + 2), "telegram:c:" + a, kind, "telegram:c:" + b, null, null, "a"));
        }
        Case c = new Case("scale", Cases.ALMATY, null, null, items, sheet, null, null, null, null);

        AnalysisResult result = new ChronologyAnalysis().analyze(c, AnalysisResult.EMPTY);

        assertThat(result.findings()).isEmpty();
        for (int i = 0; i < size; i += 499) {
            assertThat(result.windowOf("telegram:c:" + i).contains(Instant.ofEpochSecond(truth[i]))).isTrue();
        }
    }
}
