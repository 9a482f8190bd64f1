package io.corroborate.importer.telegram;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramPluginTest {
    @Test
    void serviceLoaderFindsTheImporterUnderItsId() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, TelegramImporter.class);

        assertThat(importer.id()).isEqualTo("telegram");
        assertThat(importer.description()).contains("result.json");
    }
}
