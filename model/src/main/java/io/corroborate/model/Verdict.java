package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum Verdict {
    CONTRADICTED, SUPPORTED, UNTESTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Verdict fromId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
