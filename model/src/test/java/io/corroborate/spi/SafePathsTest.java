package io.corroborate.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafePathsTest {
    @TempDir
    Path tmp;

    @Test
    void resolvesAPathInsideTheCase() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("case"));
        Path base = Files.createDirectories(root.resolve("sources/tg"));
        assertThat(SafePaths.resolve(root, base, "video_files/a.mp4", "result.json", "message 1"))
                .isEqualTo(base.resolve("video_files/a.mp4").toAbsolutePath());
        assertThat(SafePaths.resolve(root, base, "../other/b.mp4", "result.json", "message 1"))
                .isEqualTo(root.resolve("sources/other/b.mp4").toAbsolutePath());
    }

    @Test
    void refusesEscapesAndAbsolutePaths() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("case"));
        assertThatThrownBy(() -> SafePaths.resolve(root, root, "../../etc/passwd", "result.json", "message 7"))
                .isInstanceOf(ImportException.class).hasMessage("result.json: message 7: path '../../etc/passwd' leaves the case folder");
        assertThatThrownBy(() -> SafePaths.resolve(root, root, "/etc/passwd", "result.json", "message 7"))
                .hasMessageContaining("absolute path '/etc/passwd' refused");
        assertThatThrownBy(() -> SafePaths.resolve(root, root, "C:\\Windows\\win.ini", "result.json", "message 7"))
                .hasMessageContaining("absolute path");
        assertThatThrownBy(() -> SafePaths.resolve(root, root, "a\0b", "result.json", "message 7"))
                .hasMessageContaining("NUL");
    }

    @Test
    void refusesASymlinkThatPointsOutOfTheCase() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("case"));
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link.mp4"), outside);
        assertThatThrownBy(() -> SafePaths.resolve(root, root, "link.mp4", "result.json", "message 9"))
                .hasMessageContaining("is a link that leaves the case folder");
    }
}
