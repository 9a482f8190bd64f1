package io.corroborate.importer.press;

import io.corroborate.model.Author;
import io.corroborate.model.Clue;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import io.corroborate.spi.ImportContext;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One call of {@link PressImporter#read}: the context, the sink, and the ids handed out so far (the
 * same article in two feed snapshots is imported once). Turns {@link Article}s into items.
 */
final class PressRun {
    static final String IMPORTER = "press";

    /**
     * An article as a feed entry or a page describes it, before its dates are checked. Dates are the
     * raw strings of the source; {@code *Field} names where they came from, for messages. The id's key
     * comes from the URL, else the guid, else {@code fallbackKey}, and ends with {@code keySuffix}.
     */
    record Article(String locator, String url, String guid, boolean keepFragment, String fallbackKey, String keySuffix,
                   String title, String text,
                   List<String> links, List<MediaRef> media, String published, String publishedField, String modified,
                   String modifiedField, List<String> byline, String outletName, String siteUrl) {
        Article {
            Objects.requireNonNull(locator, "locator is null");
            links = links == null ? List.of() : List.copyOf(links);
            media = media == null ? List.of() : List.copyOf(media);
            byline = byline == null ? List.of() : List.copyOf(byline);
        }
    }

    private final ImportContext context;
    private final Consumer<EvidenceItem> sink;
    private final Map<String, String> seen = new HashMap<>();

    PressRun(ImportContext context, Consumer<EvidenceItem> sink) {
        this.context = Objects.requireNonNull(context, "context is null");
        this.sink = Objects.requireNonNull(sink, "sink is null");
    }

    ImportContext context() {
        return context;
    }

    /** Checks the article's dates and id and hands it to the sink; a bad record is reported as skipped. */
    void emit(Path file, Article a) {
        PressTime published = null;
        PressTime modified = null;
        try {
            if (a.published() != null) {
                published = PressTimes.parse(a.published(), context.sourceZone());
            }
            if (a.modified() != null) {
                modified = PressTimes.parse(a.modified(), context.sourceZone());
            }
        } catch (PressTimes.DateProblem e) {
            String field = published == null && a.published() != null ? a.publishedField() : a.modifiedField();
            context.skipped(file, a.locator(), field + ": " + e.getMessage());
            return;
        }
        String host = a.url() != null ? PressUrls.host(a.url()) : PressUrls.host(a.siteUrl());
        String outletOption = context.option("outlet").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String outletPart = outletOption != null ? PressUrls.slug(outletOption)
                : host != null ? host
                : a.outletName() != null ? PressUrls.slug(a.outletName())
                : "unknown";
        String key;
        if (a.url() != null) {
            key = PressUrls.urlKey(a.url(), outletPart, a.keepFragment());
        } else if (a.guid() != null && !a.guid().isBlank()) {
            key = PressUrls.guidKey(a.guid());
        } else if (a.fallbackKey() != null) {
            key = a.fallbackKey();
        } else {
            context.skipped(file, a.locator(), "no link and no guid: the entry has no stable id");
            return;
        }
        if (a.keySuffix() != null) {
            key = key + a.keySuffix();
        }
        String id = "press:" + outletPart + ":" + key;
        String where = context.sourceName(file) + " " + a.locator();
        String earlier = seen.putIfAbsent(id, where);
        if (earlier != null) {
            context.skipped(file, a.locator(), "same article as " + earlier + " (" + id + "); imported once");
            return;
        }

        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.PRESS, ItemKind.ARTICLE)
                .url(a.url())
                .title(a.title())
                .text(a.text())
                .provenance(context.provenance(IMPORTER, file, a.locator()));
        String outletName = outletOption != null ? outletOption : a.outletName() != null ? a.outletName() : host;
        if (outletName != null || host != null) {
            b.author(new Author(host, outletName));
        }
        a.links().stream().filter(l -> !l.equals(a.url())).forEach(b::link);
        a.media().forEach(b::media);
        String by = a.byline().isEmpty() ? "" : "; by " + String.join(", ", a.byline());
        for (PressTime t : new PressTime[] {published, modified}) {
            if (t != null && t.warning() != null) {
                context.warn(file, a.locator(), t.warning());
            }
        }
        if (published != null) {
            b.publishedAt(published.earliest());
            b.clue(Clue.fromImporter(id, ClueKinds.PUBLISHED, published.value(), null, IMPORTER,
                    a.publishedField() + " '" + a.published().strip() + "'" + by));
            if (modified != null) {
                if (modified.latest().isAfter(published.latest())) {
                    b.editedAt(modified.earliest());
                    // an edit clue is one instant: the end of the span is the bound that is sure to hold
                    b.clue(Clue.fromImporter(id, ClueKinds.EDITED, PressTime.at(modified.latest()).value(), null, IMPORTER,
                            a.modifiedField() + " '" + a.modified().strip() + "'"));
                } else if (modified.latest().isBefore(published.earliest())) {
                    context.warn(file, a.locator(), a.modifiedField() + " '" + a.modified().strip() + "' is before "
                            + a.publishedField() + " '" + a.published().strip() + "'; no edit time recorded");
                }
            }
        } else if (modified != null) {
            // only a last-change time: the article existed by then, which bounds the events it reports
            b.clue(Clue.fromImporter(id, ClueKinds.NOT_AFTER, PressTime.at(modified.latest()).value(), null, IMPORTER,
                    a.modifiedField() + " '" + a.modified().strip() + "', no publication date" + by));
        } else {
            context.warn(file, a.locator(), "no publication date");
        }
        sink.accept(b.build());
    }
}
