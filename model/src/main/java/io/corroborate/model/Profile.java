package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who an output is for: {@code internal} (the team) or {@code public} (redacted, see docs/redaction.md). */
public enum Profile {
    INTERNAL, PUBLIC;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile fromId(String id) {
        for (Profile p : values()) {
            if (p.id().equalsIgnoreCase(id.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + id + "' (expected public or internal)");
    }

    /** The line each public output carries at its top. */
    public static final String PUBLIC_NOTICE = "Public profile: witness identities, contact details, analyst names, local file paths and fields marked sensitive are left out.";
}
