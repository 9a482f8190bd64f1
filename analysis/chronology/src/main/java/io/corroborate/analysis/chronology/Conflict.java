package io.corroborate.analysis.chronology;

import java.util.List;

/**
 * A minimal set of constraints that cannot all hold (no proper subset of {@code labels} conflicts),
 * and the labels the {@link ConflictPolicy} set aside to solve the rest. {@code labels} is empty only
 * when the network's unlabelled (structural) constraints contradict each other; nothing can then be
 * dropped and the part of the network stays unsolved.
 */
public record Conflict(List<Integer> labels, List<Integer> dropped) {
    public Conflict {
        labels = List.copyOf(labels);
        dropped = List.copyOf(dropped);
        if (!labels.containsAll(dropped)) {
            throw new IllegalArgumentException("dropped labels " + dropped + " are not all in the conflict " + labels);
        }
    }
}
