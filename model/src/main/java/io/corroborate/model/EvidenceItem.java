package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One piece of evidence: a post, a video, an article, a witness statement.
 *
 * <p>{@code id} is stable across runs ({@code telegram:<channel>:<messageId>}); {@code url} is the
 * canonical URL; {@code publishedAt} is when the platform says it was published (UTC). {@code links}
 * are the URLs the text links to. {@code repostOf} is the id of the original item when this one is a
 * forward, retweet or share whose original is known; {@code forwardedFrom} names the original
 * author when only the name is known. {@code clues} are what the importer learned about the item's
 * time and place ({@link ClueKinds#PUBLISHED}, {@link ClueKinds#METADATA}, ...). {@code sensitive}
 * holds fields that only the internal profile may show (a witness's real name, contact details).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EvidenceItem(String id, Platform platform, ItemKind kind, String url, Author author, Instant publishedAt,
                           Instant editedAt, String title, String text, List<MediaRef> media, List<String> links,
                           String repostOf, Author forwardedFrom, List<Clue> clues, Map<String, String> sensitive,
                           Provenance provenance) {
    public EvidenceItem {
        Text.requireText(id, "item id");
        if (platform == null) {
            throw new IllegalArgumentException("item " + id + " has no platform");
        }
        if (kind == null) {
            throw new IllegalArgumentException("item " + id + " has no kind");
        }
        url = Text.blankToNull(url);
        title = Text.blankToNull(title);
        text = Text.blankToNull(text);
        media = Text.list(media);
        links = Text.list(links);
        repostOf = Text.blankToNull(repostOf);
        if (id.equals(repostOf)) {
            throw new IllegalArgumentException("item " + id + " cannot be a repost of itself");
        }
        clues = Text.list(clues);
        for (Clue c : clues) {
            if (!c.item().equals(id)) {
                throw new IllegalArgumentException("item " + id + " carries clue " + c.id() + " about item " + c.item());
            }
        }
        sensitive = Text.sortedMap(sensitive);
    }

    public static Builder builder(String id, Platform platform, ItemKind kind) {
        return new Builder(id, platform, kind);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, platform, kind).url(url).author(author).publishedAt(publishedAt).editedAt(editedAt)
                .title(title).text(text).repostOf(repostOf).forwardedFrom(forwardedFrom).provenance(provenance);
        media.forEach(b::media);
        links.forEach(b::link);
        clues.forEach(b::clue);
        b.sensitive.putAll(sensitive);
        return b;
    }

    /** Collects an item's fields; importers use it so that optional fields stay optional. */
    public static final class Builder {
        private String id;
        private Platform platform;
        private ItemKind kind;
        private String url;
        private Author author;
        private Instant publishedAt;
        private Instant editedAt;
        private String title;
        private String text;
        private final List<MediaRef> media = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private String repostOf;
        private Author forwardedFrom;
        private final List<Clue> clues = new ArrayList<>();
        private final Map<String, String> sensitive = new TreeMap<>();
        private Provenance provenance;

        private Builder(String id, Platform platform, ItemKind kind) {
            this.id = id;
            this.platform = platform;
            this.kind = kind;
        }

        public String id() { return id; }
        public Builder id(String v) { id = v; return this; }
        public Builder platform(Platform v) { platform = v; return this; }
        public Builder kind(ItemKind v) { kind = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder author(Author v) { author = v; return this; }
        public Builder publishedAt(Instant v) { publishedAt = v; return this; }
        public Builder editedAt(Instant v) { editedAt = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder media(MediaRef v) { media.add(v); return this; }
        public Builder link(String v) { if (v != null && !v.isBlank() && !links.contains(v)) { links.add(v); } return this; }
        public Builder repostOf(String v) { repostOf = v; return this; }
        public Builder forwardedFrom(Author v) { forwardedFrom = v; return this; }
        public Builder clue(Clue v) { clues.add(v); return this; }
        public Builder sensitive(String field, String value) { if (value != null && !value.isBlank()) { sensitive.put(field, value); } return this; }
        public Builder provenance(Provenance v) { provenance = v; return this; }

        public EvidenceItem build() {
            return new EvidenceItem(id, platform, kind, url, author, publishedAt, editedAt, title, text, media, links,
                    repostOf, forwardedFrom, clues, sensitive, provenance);
        }
    }
}
