package io.corroborate.importer.telegram;

import io.corroborate.spi.ImportException;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The source options this importer reads from case.yaml: {@code username} (the public username of
 * a single-chat export or of a dump's one channel) and {@code usernames}
 * ({@code <chat id>=<username>,...}, for full-account exports and forwards). Usernames are stored in
 * lower case: Telegram treats them case-insensitively and item ids must not depend on how they were typed.
 */
record TelegramOptions(String username, Map<String, String> usernames) {
    static final String USERNAME = "username";
    static final String USERNAMES = "usernames";

    TelegramOptions {
        usernames = Collections.unmodifiableMap(new TreeMap<>(usernames));
    }

    static TelegramOptions parse(Map<String, String> options) throws ImportException {
        String single = options.get(USERNAME);
        String one = single == null || single.isBlank() ? null : username(single, USERNAME);
        Map<String, String> byChat = new TreeMap<>();
        String list = options.get(USERNAMES);
        if (list != null && !list.isBlank()) {
            for (String pair : list.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw bad(USERNAMES, "'" + pair.strip() + "' is not <chat id>=<username>");
                }
                String chat = chatId(pair.substring(0, eq).strip());
                if (chat == null) {
                    throw bad(USERNAMES, "'" + pair.substring(0, eq).strip() + "' is not a chat id");
                }
                byChat.put(chat, username(pair.substring(eq + 1), USERNAMES));
            }
        }
        return new TelegramOptions(one, byChat);
    }

    /** The username given for chat {@code chatId} in {@code usernames}, or null. */
    String usernameFor(String chatId) {
        return usernames.get(chatId);
    }

    /** Accepts {@code name}, {@code @name}, {@code t.me/name} and {@code https://t.me/name/}. */
    static String username(String raw, String option) throws ImportException {
        String u = raw.strip();
        for (String prefix : new String[] {"https://", "http://"}) {
            if (u.regionMatches(true, 0, prefix, 0, prefix.length())) {
                u = u.substring(prefix.length());
            }
        }
        for (String prefix : new String[] {"t.me/s/", "t.me/", "telegram.me/", "@"}) {
            if (u.regionMatches(true, 0, prefix, 0, prefix.length())) {
                u = u.substring(prefix.length());
                break;
            }
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        String checked = validUsername(u);
        if (checked == null) {
            throw bad(option, "'" + raw.strip() + "' is not a Telegram username (letters, digits and _ only)");
        }
        return checked;
    }

    /** A username in lower case, or null when {@code u} is not one. */
    static String validUsername(String u) {
        if (u == null || u.isEmpty() || u.length() > 64) {
            return null;
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return null;
            }
        }
        return u.toLowerCase(Locale.ROOT);
    }

    /** A bare chat id from {@code 1234}, {@code -1001234} (Bot API form) or {@code channel1234}. */
    static String chatId(String raw) {
        String s = raw;
        for (String prefix : new String[] {"channel", "chat", "user"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
                break;
            }
        }
        if (s.startsWith("-100") && s.length() > 4) {
            s = s.substring(4);
        } else if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.length() > 19) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return s;
    }

    private static ImportException bad(String option, String reason) {
        return new ImportException(ImportException.Category.MALFORMED, "case.yaml", "option " + option, reason);
    }
}
