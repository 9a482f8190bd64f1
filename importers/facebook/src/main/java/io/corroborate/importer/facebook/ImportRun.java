package io.corroborate.importer.facebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.corroborate.model.EvidenceItem;
import io.corroborate.spi.ImportContext;
import io.corroborate.spi.ImportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The state of one {@code read} call: the context, the sink, the export owners found so far and the
 * item ids handed out (for the {@code :n} suffix of posts sharing a second). Not thread-safe.
 */
final class ImportRun {
    /** The folders between an export's root and its posts files, in the layouts Facebook used. */
    private static final Set<String> ACTIVITY_FOLDERS = Set.of("your_facebook_activity", "your_activity_across_facebook");
    private static final List<String> PROFILE_FILES = List.of("profile_information/profile_information.json",
            "personal_information/profile_information/profile_information.json");

    /** The export a posts file belongs to: its root (media URIs are relative to it) and its owner. */
    record Export(Path root, Owner owner) {
    }

    /** Who the posts of a DYI export belong to: the part used in item ids and the display name, if known. */
    record Owner(String idPart, String name) {
    }

    final ImportContext context;
    private final Consumer<EvidenceItem> sink;
    private final Map<Path, Export> exports = new HashMap<>();
    private final IdUses idUses = new IdUses();

    ImportRun(ImportContext context, Consumer<EvidenceItem> sink) {
        this.context = context;
        this.sink = sink;
    }

    /** {@code facebook:<author>:<epoch seconds>}, then {@code :2}, {@code :3}... for more posts of that author in that second. */
    String itemId(String authorPart, long epochSecond) {
        String base = "facebook:" + authorPart + ":" + epochSecond;
        int n = idUses.next(authorPart, epochSecond);
        return n == 1 ? base : base + ":" + n;
    }

    /** Hands an item to the host; the host's own exceptions pass the parsers' safety nets unchanged. */
    void emit(EvidenceItem item) {
        try {
            sink.accept(item);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** The export that holds {@code postsFile}, found once per root. */
    Export export(Path postsFile) {
        Path dir = postsFile.toAbsolutePath().normalize().getParent();
        Path root = dir;
        if (root.getFileName() != null && root.getFileName().toString().equals("posts") && root.getParent() != null) {
            root = root.getParent();
        }
        if (root.getFileName() != null && ACTIVITY_FOLDERS.contains(root.getFileName().toString()) && root.getParent() != null) {
            root = root.getParent();
        }
        Path r = root;
        return exports.computeIfAbsent(r, k -> new Export(k, owner(k, postsFile)));
    }

    private Owner owner(Path root, Path postsFile) {
        String option = context.option("owner").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (option != null) {
            return new Owner(orUnknown(Values.idPart(option)), option);
        }
        for (String rel : PROFILE_FILES) {
            Path profile = root.resolve(rel);
            if (!Files.isRegularFile(profile)) {
                continue;
            }
            try {
                context.resolveInside(root, rel, postsFile, "owner");
                String name = fullName(profile);
                if (name != null) {
                    return new Owner(pseudonym(name), name);
                }
            } catch (ImportException | IOException | RuntimeException e) {
                context.warn(profile, "/", "the export owner's name could not be read: " + e.getMessage());
            }
        }
        String folder = root.getFileName() == null ? "unknown" : root.getFileName().toString();
        context.warn(postsFile, "owner", "the export owner is unknown (no option 'owner', no profile_information.json): item ids use a key made from the folder name '"
                + folder + "'");
        return new Owner(pseudonym(folder), null);
    }

    /**
     * A stable key for an owner known only by name (or by the export folder, which carries the user
     * name): item ids cannot be redacted, so a private person's name must not be in them.
     * {@code dyi-} and the first 12 hex digits of the SHA-256 of the NFC name.
     */
    static String pseudonym(String name) {
        String nfc = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
        return "dyi-" + io.corroborate.model.Hashes.sha256(nfc.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static String orUnknown(String idPart) {
        return idPart == null ? "unknown" : idPart;
    }

    /** The first {@code full_name} string in a profile file, repaired. */
    private static String fullName(Path profile) throws IOException {
        try (JsonParser p = Json.open(profile)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("full_name")) {
                    if (p.nextToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                        return Mojibake.repair(p.getText().strip());
                    }
                }
            }
        }
        return null;
    }

    /** Carries the host's own exception from the sink past the parsers' safety nets. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
