package io.corroborate.analysis.chronology;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.spi.Analysis;

import java.util.Objects;
import java.util.Set;

/**
 * Solves every time clue of a case together (see docs/chronology.md): a recording window for every
 * item, with the clues that bind each bound, and a {@code clue-conflict} error for each minimal set of
 * clues that cannot all hold (the least trusted of them are set aside and the rest is solved).
 * Unreadable clues and references to unknown items are warnings. Reads the places the
 * {@code places} analysis resolved for {@code sun} clues, and resolves {@code place} clues itself when
 * used alone. Stateless; deterministic for a given case.
 */
public final class ChronologyAnalysis implements Analysis {
    public static final String ID = "chronology";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Recording windows for every item from all time clues solved together, with conflicting clues explained";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("places");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        return new CaseChronology(theCase, soFar == null ? AnalysisResult.EMPTY : soFar).run();
    }
}
