package io.corroborate.importer.csv;

import io.corroborate.model.Author;
import io.corroborate.model.ClueKinds;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Platform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 4CAT's Telegram datasource CSV ({@code search_telegram.py}, {@code map_item}). Times come from the
 * {@code unix_*} columns, which are UTC; the {@code timestamp*} strings are the 4CAT server's local time
 * and are ignored. Items get the telegram importer's ids so both sources of one post merge.
 */
final class FourCatTelegram implements RowMapper {
    private static final Pattern MESSAGE_ID = Pattern.compile("\\d{1,18}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private final Times epoch = Times.epoch();

    @Override
    public String describe() {
        return "4CAT Telegram export";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id", "unix_timestamp");
    }

    @Override
    public EvidenceItem map(CsvRows.Row row, FileScope scope) throws InvalidRecord {
        String fourCatId = row.get("id").strip();
        String chat = row.get("chat").strip();
        if (chat.isEmpty()) {
            chat = row.get("thread_id").strip();
        }
        int dash = fourCatId.lastIndexOf('-');
        if (dash <= 0 || !MESSAGE_ID.matcher(fourCatId.substring(dash + 1)).matches()) {
            throw new InvalidRecord("id '" + Cells.shorten(fourCatId) + "' is not <chat>-<message id>");
        }
        String message = fourCatId.substring(dash + 1);
        if (chat.isEmpty()) {
            chat = fourCatId.substring(0, dash);
        } else if (!fourCatId.startsWith(chat + "-")) {
            throw new InvalidRecord("id '" + Cells.shorten(fourCatId) + "' does not belong to chat '" + Cells.shorten(chat) + "'");
        }
        if (!Cells.plainId(chat) || chat.contains(":")) {
            throw new InvalidRecord("chat '" + Cells.shorten(chat) + "' is not a channel name or id");
        }
        String id = "telegram:" + chat + ":" + message;
        String unix = row.get("unix_timestamp").strip();
        if (unix.isEmpty()) {
            throw new InvalidRecord("unix_timestamp is empty");
        }
        Times.Stamp published = epoch.parse(unix, "unix_timestamp");

        String attachment = row.get("attachment_type").strip().toLowerCase(Locale.ROOT);
        ItemKind kind = attachment.equals("video") ? ItemKind.VIDEO : attachment.equals("photo") ? ItemKind.PHOTO : ItemKind.TEXT;
        EvidenceItem.Builder b = EvidenceItem.builder(id, Platform.TELEGRAM, kind)
                .url(USERNAME.matcher(chat).matches() ? "https://t.me/" + chat + "/" + message : null)
                .author(author(row, chat))
                .publishedAt(published.start())
                .text(row.get("body"))
                .provenance(scope.provenance(row.locator()));
        ClueList clues = new ClueList(id);
        clues.add(ClueKinds.PUBLISHED, published.value(), null,
                "4CAT unix_timestamp (UTC); its timestamp column is the 4CAT server's local time and is not used");
        String edited = row.get("unix_timestamp_edited").strip();
        if (!edited.isEmpty()) {
            Times.Stamp e = epoch.parse(edited, "unix_timestamp_edited");
            b.editedAt(e.start());
            clues.add(ClueKinds.EDITED, e.value(), null, "4CAT unix_timestamp_edited (UTC)");
        }
        forward(row, b, clues);
        if (!attachment.isEmpty() && !attachment.equals("url") && !attachment.equals("poll")) {
            b.media(scope.localMedia(attachment, row.get("attachment_filename"), row.locator()));
        }
        String linked = row.get("link_attached").strip();
        if (Cells.webUrl(linked)) {
            b.link(linked);
        }
        clues.all().forEach(b::clue);
        return b.build();
    }

    private static Author author(CsvRows.Row row, String chat) {
        String authorId = row.get("author").strip();
        String username = row.get("author_username").strip();
        String name = username.isEmpty() ? row.get("author_name").strip() : username;
        if (authorId.isEmpty() && name.isEmpty()) {
            // a channel post whose sender was not resolved: the channel speaks
            return new Author(null, chat);
        }
        return new Author(authorId, name.isEmpty() ? null : name);
    }

    private void forward(CsvRows.Row row, EvidenceItem.Builder b, ClueList clues) throws InvalidRecord {
        String fid = row.get("author_forwarded_from_id").strip();
        String fuser = row.get("author_forwarded_from_username").strip();
        String fname = row.get("author_forwarded_from_name").strip();
        if (!fid.isEmpty() || !fuser.isEmpty() || !fname.isEmpty()) {
            b.forwardedFrom(new Author(fid, fuser.isEmpty() ? fname : fuser));
        }
        String when = row.get("unix_timestamp_forwarded_from").strip();
        if (!when.isEmpty()) {
            Times.Stamp s = epoch.parse(when, "unix_timestamp_forwarded_from");
            clues.add(ClueKinds.NOT_AFTER, s.value(), null, "a forward: the original was posted then (4CAT unix_timestamp_forwarded_from, UTC)");
        }
    }
}
