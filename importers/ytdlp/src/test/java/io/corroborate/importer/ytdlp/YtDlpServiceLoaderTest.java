package io.corroborate.importer.ytdlp;

import io.corroborate.spi.SourceImporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YtDlpServiceLoaderTest {
    @Test
    void serviceLoaderFindsTheImporterUnderItsId() {
        SourceImporter importer = Plugins.discovered(SourceImporter.class, YtDlpImporter.class);

        assertThat(importer.id()).isEqualTo("ytdlp");
        assertThat(importer.description()).isNotBlank();
    }
}
