package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who published an item: the platform's own id for the account (may be absent, e.g. a Telegram
 * {@code forwarded_from} gives only a display name) and the display name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Author(String id, String name) {
    public Author {
        id = Text.blankToNull(id);
        name = Text.blankToNull(name);
        if (id == null && name == null) {
            throw new IllegalArgumentException("an author needs an id or a name");
        }
    }

    /** A stable key for grouping: the id when known, else the name. */
    public String key() {
        return id != null ? id : "name:" + name;
    }
}
