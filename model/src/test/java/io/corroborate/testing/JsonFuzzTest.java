package io.corroborate.testing;

import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.SourceImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonFuzzTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreCountedAtEveryDepthIncludingContainers() {
        assertThat(JsonFuzz.countValues(bytes("{\"a\": [1, {\"b\": \"x\"}], \"c\": null}"))).isEqualTo(6);
    }

    @Test
    void aSwapReplacesOneValueOrAWholeContainer() {
        byte[] json = bytes("{\"a\": [1, {\"b\": \"x\"}], \"c\": null}");

        assertThat(new String(JsonFuzz.swap(json, 1, "{}"), StandardCharsets.UTF_8)).isEqualTo("{\"a\":{},\"c\":null}");
        assertThat(new String(JsonFuzz.swap(json, 4, "[1]"), StandardCharsets.UTF_8)).isEqualTo("{\"a\":[1,{\"b\":[1]}],\"c\":null}");
    }

    @Test
    void jsonLinesStayOneValuePerLine() {
        byte[] lines = bytes("{\"id\": 1}\n{\"id\": 2}\n");

        assertThat(new String(JsonFuzz.swap(lines, 3, "\"x\""), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}\n{\"id\":\"x\"}");
    }

    /** Imports one item, and breaks (a bug) when a value became an empty object. */
    private static final class Fragile implements SourceImporter {
        @Override
        public String id() {
            return "fragile";
        }

        @Override
        public String description() {
            return "breaks on {}";
        }

        @Override
        public void read(Path source, ImportContext context, Consumer<EvidenceItem> sink) throws java.io.IOException {
            if (Files.readString(source).contains("{}")) {
                throw new IllegalStateException("not an object I expected");
            }
            sink.accept(EvidenceItem.builder("fragile:1", Platform.OTHER, ItemKind.TEXT).build());
        }
    }

    @Test
    void anEscapeIsReportedWithTheSeedRoundAndSwap(@TempDir Path work) {
        Fuzz.Sample sample = Fuzz.Sample.of("a.json", "{\"id\": 1, \"text\": \"x\", \"more\": [1, 2, 3]}", List.of());

        assertThatThrownBy(() -> JsonFuzz.run(Fuzz.of(new Fragile()), sample, work, 7L, 200))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed ").hasMessageContaining(" becomes {})")
                .hasMessageContaining("java.lang.IllegalStateException escaped the importer: not an object I expected");
    }
}
