package io.corroborate.importer.twitter;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwitterPluginTest {
    @Test
    void serviceLoaderFindsTheImporterUnderItsId() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, TwitterImporter.class);

        assertThat(importer.id()).isEqualTo("twitter");
        assertThat(importer.description()).contains("tweets.js");
    }
}
