package io.corroborate.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the example case folders for tests that change or break them. */
final class CaseFolders {
    private CaseFolders() {
    }

    /** Copies the case folder {@code from} to {@code to}, leaving out an earlier run's {@code out/}. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> !from.relativize(p).startsWith("out")).toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    /** A copy of {@code examples/tiny} in {@code dir}/tiny. */
    static Path tiny(Path dir) throws IOException {
        return copy(Path.of("..", "examples", "tiny"), dir.resolve("tiny"));
    }
}
