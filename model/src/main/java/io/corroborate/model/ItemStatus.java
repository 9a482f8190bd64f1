package io.corroborate.model;


/**
 * Where an item stands in verification, from its solved window and place. {@code conflict} wins:
 * an item whose clues contradict each other is not dated, whatever its window says.
 */
public enum ItemStatus {
    /** Its clues contradict each other (the window is not consistent). */
    CONFLICT("conflict"),
    /** Placed, and its window is bounded on both sides. */
    LOCATED_AND_DATED("located-and-dated"),
    /** Its window is bounded on both sides; no place. */
    DATED("dated"),
    /** Placed; the window is open on at least one side. */
    LOCATED("located"),
    /** Neither placed nor dated. */
    UNVERIFIED("unverified");

    private final String id;

    ItemStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The status of an item with this window (or none) and this place (or none). */
    public static ItemStatus of(ItemWindow window, Place place) {
        if (window != null && !window.consistent()) {
            return CONFLICT;
        }
        boolean dated = window != null && window.window().isBounded();
        if (dated) {
            return place != null ? LOCATED_AND_DATED : DATED;
        }
        return place != null ? LOCATED : UNVERIFIED;
    }
}
