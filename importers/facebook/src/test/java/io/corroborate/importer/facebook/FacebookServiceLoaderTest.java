package io.corroborate.importer.facebook;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacebookServiceLoaderTest {
    @Test
    void serviceLoaderFindsTheImporterUnderItsId() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, FacebookImporter.class);

        assertThat(importer.id()).isEqualTo("facebook");
        assertThat(importer.description()).isNotBlank();
    }
}
