package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where an item was published or how it reached the investigation. */
public enum Platform {
    TELEGRAM, TWITTER, FACEBOOK, YOUTUBE, PRESS, WITNESS, DIRECT, GOVERNMENT, OTHER;

    /** The stable lower-case id used in JSON, CSV and case files. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Platform fromId(String id) {
        for (Platform p : values()) {
            if (p.id().equalsIgnoreCase(id.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown platform '" + id + "' (expected one of telegram, twitter, facebook, youtube, press, witness, direct, government, other)");
    }
}
