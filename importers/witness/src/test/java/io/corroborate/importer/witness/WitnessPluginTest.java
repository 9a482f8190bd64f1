package io.corroborate.importer.witness;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WitnessPluginTest {
    @Test
    void serviceLoaderFindsTheWitnessImporterUnderItsId() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, WitnessImporter.class);

        assertThat(importer.id()).isEqualTo("witness");
        assertThat(importer.description()).isNotBlank();
    }
}
