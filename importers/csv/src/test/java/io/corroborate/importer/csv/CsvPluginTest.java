package io.corroborate.importer.csv;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvPluginTest {
    @Test
    void serviceLoaderFindsTheCsvImporterUnderItsId() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, CsvImporter.class);

        assertThat(importer.id()).isEqualTo("csv");
        assertThat(importer.description()).isNotBlank();
    }
}
