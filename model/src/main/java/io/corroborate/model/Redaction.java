package io.corroborate.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public profile: what leaves the team. Applied by the host before exporters run, so no exporter
 * can forget it. Removes each item's {@code sensitive} fields, analyst names on clues, local file
 * paths (media paths; source paths shortened to the file name), and whatever a {@code sensitive}
 * clue marks on an item: {@code author}, {@code text}, {@code url}, {@code media} or {@code item}
 * (all of these). See docs/redaction.md.
 */
public final class Redaction {
    public static final String REDACTED = "[redacted]";

    private Redaction() {
    }

    public static Case forPublic(Case c) {
        Map<String, Set<String>> marked = new HashMap<>();
        for (Clue clue : c.allClues()) {
            if (ClueKinds.SENSITIVE.equals(clue.kind())) {
                String what = clue.value().isBlank() ? "item" : clue.value().strip().toLowerCase(java.util.Locale.ROOT);
                marked.computeIfAbsent(clue.item(), k -> new java.util.HashSet<>()).addAll(
                        "item".equals(what) ? Set.of("author", "text", "url", "media") : Set.of(what.split("\\s*,\\s*")));
            }
        }
        List<EvidenceItem> items = new ArrayList<>();
        for (EvidenceItem i : c.items()) {
            items.add(redact(i, marked.getOrDefault(i.id(), Set.of())));
        }
        List<Clue> clues = c.clues().stream().map(Clue::withoutAnalyst).toList();
        List<SourceSummary> sources = c.sources().stream()
                .map(s -> new SourceSummary(fileName(s.path()), s.importer(), s.sha256(), s.sizeBytes(), s.imported(), s.skipped(), s.importedAt()))
                .toList();
        return new Case(c.name(), c.zone(), c.area(), c.timeRange(), items, clues, c.landmarks(), c.claims(), sources, c.settings());
    }

    private static EvidenceItem redact(EvidenceItem i, Set<String> fields) {
        EvidenceItem.Builder b = EvidenceItem.builder(i.id(), i.platform(), i.kind())
                .url(fields.contains("url") ? null : i.url())
                .author(fields.contains("author") && i.author() != null ? new Author(null, REDACTED) : i.author())
                .publishedAt(i.publishedAt()).editedAt(i.editedAt())
                .title(fields.contains("text") ? null : i.title())
                .text(fields.contains("text") ? (i.text() == null ? null : REDACTED) : i.text())
                .repostOf(i.repostOf())
                .forwardedFrom(fields.contains("author") ? null : i.forwardedFrom());
        if (!fields.contains("url")) {
            i.links().forEach(b::link);
        }
        if (!fields.contains("media")) {
            i.media().forEach(m -> b.media(m.withPath(null)));
        }
        i.clues().forEach(cl -> b.clue(cl.withoutAnalyst()));
        Provenance p = i.provenance();
        if (p != null) {
            b.provenance(new Provenance(p.importer(), fileName(p.source()), p.locator(), p.sourceSha256(), p.importedAt()));
        }
        return b.build();
    }

    private static String fileName(String path) {
        if (path == null) {
            return null;
        }
        Path f = Path.of(path.replace('\\', '/')).getFileName();
        return f == null ? path : f.toString();
    }
}
