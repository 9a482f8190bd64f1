package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How much a finding matters. {@link #ERROR} findings make {@code corroborate check} exit 1. */
public enum Severity {
    INFO, WARNING, ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
