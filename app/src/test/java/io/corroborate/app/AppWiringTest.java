package io.corroborate.app;

import io.corroborate.spi.Analysis;
import io.corroborate.spi.Exporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembled app: ServiceLoader finds every built-in plugin and Guice puts them in one registry, in order. */
class AppWiringTest {
    @Test
    void theRegistryHoldsEveryBuiltInPluginOnce() throws InputException {
        PluginRegistry r = Plugins.load(List.of());
        assertThat(r.importers().keySet()).containsExactly("csv", "facebook", "media", "press", "telegram", "twitter", "witness", "ytdlp");
        assertThat(r.exporters().keySet()).containsExactly("case-json", "chronology-csv", "custody", "geojson", "items-csv", "kml",
                "report-html", "timemap");
        assertThat(r.analyses().keySet()).containsExactly("casualties", "chronology", "claims", "corroboration", "incidents", "places",
                "reposts", "scope");
    }

    @Test
    void analysesRunAfterWhatTheyReadAndTheManifestIsWrittenLast() throws InputException {
        PluginRegistry r = Plugins.load(List.of());
        List<String> order = r.analysesInOrder().stream().map(Analysis::id).toList();
        assertThat(order.indexOf("places")).isLessThan(order.indexOf("chronology"));
        assertThat(order.indexOf("chronology")).isLessThan(order.indexOf("reposts"));
        assertThat(order.indexOf("reposts")).isLessThan(order.indexOf("incidents"));
        assertThat(order.indexOf("incidents")).isLessThan(order.indexOf("casualties"));
        assertThat(order.indexOf("casualties")).isLessThan(order.indexOf("claims"));
        assertThat(order.indexOf("casualties")).isLessThan(order.indexOf("corroboration"));
        List<String> exporters = r.exportersFor(List.of()).stream().map(Exporter::id).toList();
        assertThat(exporters).last().isEqualTo("custody");
    }
}
