package io.corroborate.app;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.spi.Analysis;
import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.SourceImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginRegistryTest {
    record FakeImporter(String id) implements SourceImporter {
        @Override public String description() { return "fake " + id; }
        @Override public void read(Path source, ImportContext context, Consumer<io.corroborate.model.EvidenceItem> sink) { }
    }

    record OtherImporter(String id) implements SourceImporter {
        @Override public String description() { return "another " + id; }
        @Override public void read(Path source, ImportContext context, Consumer<io.corroborate.model.EvidenceItem> sink) { }
    }

    record FakeAnalysis(String id, Set<String> runsAfter) implements Analysis {
        @Override public String description() { return "fake " + id; }
        @Override public AnalysisResult analyze(Case theCase, AnalysisResult soFar) { return AnalysisResult.EMPTY; }
    }

    record FakeExporter(String id, boolean runsLast) implements Exporter {
        @Override public String description() { return "fake " + id; }
        @Override public void export(ExportContext context) { }
    }

    @Test
    void refusesTwoImportersWithTheSameId() {
        assertThatThrownBy(() -> new PluginRegistry(Set.of(new FakeImporter("telegram"), new OtherImporter("telegram")),
                Set.of(), Set.of())).hasMessageContaining("two importer plugins have the id 'telegram'");
    }

    @Test
    void refusesAnImporterNamedLikeTheCaseFiles() {
        assertThatThrownBy(() -> new PluginRegistry(Set.of(new FakeImporter("case")), Set.of(), Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'case'").hasMessageContaining("custody.csv");
    }

    @Test
    void refusesIdsThatAreNotKebabCase() {
        assertThatThrownBy(() -> new PluginRegistry(Set.of(new FakeImporter("Telegram Desktop")), Set.of(), Set.of()))
                .hasMessageContaining("not a kebab-case id");
    }

    @Test
    void runsEachAnalysisAfterTheOnesItReads() {
        PluginRegistry r = new PluginRegistry(Set.of(), Set.of(
                new FakeAnalysis("claims", Set.of("incidents", "casualties")),
                new FakeAnalysis("incidents", Set.of("chronology", "places")),
                new FakeAnalysis("casualties", Set.of("incidents")),
                new FakeAnalysis("chronology", Set.of("places")),
                new FakeAnalysis("places", Set.of()),
                new FakeAnalysis("scope", Set.of("chronology", "not-installed"))), Set.of());
        assertThat(r.analysesInOrder()).extracting(Analysis::id)
                .containsExactly("places", "chronology", "incidents", "casualties", "claims", "scope");
    }

    @Test
    void refusesAnalysesThatWaitForEachOther() {
        assertThatThrownBy(() -> new PluginRegistry(Set.of(), Set.of(new FakeAnalysis("a", Set.of("b")),
                new FakeAnalysis("b", Set.of("a"))), Set.of())).hasMessageContaining("cycle: a -> b -> a");
    }

    @Test
    void runsListedExportersInIdOrderWithTheManifestLast() {
        PluginRegistry r = new PluginRegistry(Set.of(), Set.of(), Set.of(new FakeExporter("custody", true),
                new FakeExporter("kml", false), new FakeExporter("case-json", false), new FakeExporter("geojson", false)));
        assertThat(r.exportersFor(List.of())).extracting(Exporter::id).containsExactly("case-json", "geojson", "kml", "custody");
        assertThat(r.exportersFor(List.of("kml", "custody"))).extracting(Exporter::id).containsExactly("kml", "custody");
    }
}
