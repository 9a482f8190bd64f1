package io.corroborate.importer.media;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaPluginTest {
    @Test
    void serviceLoaderFindsTheMediaImporter() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, MediaImporter.class);
        assertThat(importer.id()).isEqualTo("media");
        assertThat(importer.description()).isNotBlank();
    }
}
