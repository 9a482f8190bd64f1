package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum CasualtyStatus {
    INJURED, KILLED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CasualtyStatus fromId(String id) {
        for (CasualtyStatus s : values()) {
            if (s.id().equalsIgnoreCase(id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown casualty status '" + id + "' (expected killed or injured)");
    }
}
