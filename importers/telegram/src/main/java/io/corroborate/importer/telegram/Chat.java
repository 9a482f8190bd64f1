package io.corroborate.importer.telegram;

import io.corroborate.model.Author;

import java.util.Objects;

/**
 * One chat or channel of an export, with what every message of it shares: the prefix of its item
 * ids, of its URLs, and its author.
 *
 * @param id          the bare chat id as the export writes it ({@code 1234567890})
 * @param peerPrefix  {@code channel} (channels and supergroups), {@code chat} (basic groups) or {@code user}
 * @param name        the chat's display name, or null
 * @param username    the public username (lower case), or null when not known
 */
record Chat(String id, String peerPrefix, String name, String username) {
    Chat {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(peerPrefix, "peerPrefix is null");
    }

    /** Channel-like chats (channels and supergroups) have message links; basic groups and private chats do not. */
    boolean channelLike() {
        return "channel".equals(peerPrefix);
    }

    /** {@code telegram:<username or chat id>:} */
    String itemIdPrefix() {
        return "telegram:" + (username != null ? username : id) + ":";
    }

    /**
     * The start of a message's URL, to which its id is appended: {@code https://t.me/<username>/} for a
     * channel or supergroup whose username is known, else a {@code tg://} locator with the chat id that
     * the Telegram apps open ({@code privatepost} for channels and supergroups, {@code openmessage} with
     * {@code user_id} or {@code chat_id} for private chats and basic groups, which have no public links).
     */
    String urlPrefix() {
        if (channelLike()) {
            return username != null ? "https://t.me/" + username + "/" : "tg://privatepost?channel=" + id + "&post=";
        }
        return "tg://openmessage?" + ("user".equals(peerPrefix) ? "user_id=" : "chat_id=") + id + "&message_id=";
    }

    /** The chat itself as an author ({@code channel1234567890}, its name). */
    Author author() {
        return new Author(peerPrefix + id, name);
    }

    /** The peer prefix for a Telegram Desktop chat {@code type}. */
    static String prefixForType(String type) {
        if (type == null) {
            return "chat";
        }
        return switch (type) {
            case "public_channel", "private_channel", "public_supergroup", "private_supergroup" -> "channel";
            case "personal_chat", "bot_chat", "saved_messages", "replies" -> "user";
            default -> "chat";
        };
    }
}
