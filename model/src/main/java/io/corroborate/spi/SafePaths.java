package io.corroborate.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves paths taken from untrusted files (case.yaml, a Telegram {@code file} field) so they never
 * leave the case folder: absolute paths, {@code ..} escapes and symlinks pointing out are refused.
 */
public final class SafePaths {
    private SafePaths() {
    }

    /**
     * Resolves {@code relative} against {@code base}, which must lie inside {@code root}.
     *
     * @param file    the file the path was read from, for the error message
     * @param locator where in that file, for the error message
     * @throws ImportException of category {@link ImportException.Category#UNSAFE_PATH} when the path escapes
     */
    public static Path resolve(Path root, Path base, String relative, String file, String locator) throws ImportException {
        if (relative == null || relative.isBlank()) {
            throw new ImportException(ImportException.Category.UNSAFE_PATH, file, locator, "empty path");
        }
        if (relative.indexOf('\0') >= 0) {
            throw new ImportException(ImportException.Category.UNSAFE_PATH, file, locator, "path contains a NUL character");
        }
        String r = relative.replace('\\', '/');
        if (r.startsWith("/") || r.matches("^[A-Za-z]:.*") || Path.of(r).isAbsolute()) {
            throw new ImportException(ImportException.Category.UNSAFE_PATH, file, locator, "absolute path '" + relative + "' refused: paths must be relative to the case folder");
        }
        Path normRoot = root.toAbsolutePath().normalize();
        Path resolved = base.toAbsolutePath().normalize().resolve(r).normalize();
        if (!resolved.startsWith(normRoot)) {
            throw new ImportException(ImportException.Category.UNSAFE_PATH, file, locator, "path '" + relative + "' leaves the case folder");
        }
        if (Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Path real = resolved.toRealPath();
                if (!real.startsWith(normRoot.toRealPath())) {
                    throw new ImportException(ImportException.Category.UNSAFE_PATH, file, locator, "path '" + relative + "' is a link that leaves the case folder");
                }
            } catch (IOException e) {
                throw new ImportException(ImportException.Category.UNREADABLE, file, locator, "cannot resolve '" + relative + "': " + e.getMessage(), e);
            }
        }
        return resolved;
    }
}
