package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What an item is. */
public enum ItemKind {
    VIDEO, PHOTO, TEXT, ARTICLE, STATEMENT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ItemKind fromId(String id) {
        for (ItemKind k : values()) {
            if (k.id().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown item kind '" + id + "' (expected one of video, photo, text, article, statement)");
    }
}
