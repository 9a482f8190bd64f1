package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an item shows being done: {@code force} (kebab-case: tear-gas, stun-grenade,
 * rubber-projectile, live-fire, warning-shots, water-cannon, beating, armoured-vehicle, ...) and by
 * which {@code actor} (security-forces, protesters, rioters, unknown). Comes from an
 * {@code observation} clue whose value reads {@code <force> by <actor>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Observation(String item, String force, String actor, String clue, String note) {
    public Observation {
        Text.requireText(item, "observation item");
        Text.requireText(force, "observation force");
        actor = actor == null || actor.isBlank() ? "unknown" : actor;
    }

    /** Parses {@code "<force> by <actor>"} (the actor part is optional). */
    public static Observation parse(String item, String value, String clueId, String note) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        int by = v.indexOf(" by ");
        String force = by < 0 ? v : v.substring(0, by).strip();
        String actor = by < 0 ? null : v.substring(by + 4).strip();
        return new Observation(item, force.replace(' ', '-'), actor == null ? null : actor.replace(' ', '-'), clueId, note);
    }

    /** A stable label such as {@code live-fire by security-forces}. */
    public String label() {
        return force + " by " + actor;
    }
}
