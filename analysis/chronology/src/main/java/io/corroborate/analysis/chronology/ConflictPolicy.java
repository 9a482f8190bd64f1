package io.corroborate.analysis.chronology;

import java.util.List;

/**
 * Chooses which labels of a minimal conflict to set aside so that the rest of the network can be solved.
 * Must be deterministic. Returning an empty list, or labels outside the conflict, drops the whole
 * conflict instead.
 */
@FunctionalInterface
public interface ConflictPolicy {
    /** Drops every constraint of the conflict. */
    ConflictPolicy DROP_ALL = conflict -> conflict;

    /** @param conflict the labels of a minimal conflict, ascending */
    List<Integer> drop(List<Integer> conflict);
}
