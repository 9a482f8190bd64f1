package io.corroborate.importer.press;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PressPluginTest {
    @Test
    void serviceLoaderFindsThePressImporter() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, PressImporter.class);
        assertThat(importer.id()).isEqualTo("press");
        assertThat(importer.description()).isNotBlank();
    }
}
