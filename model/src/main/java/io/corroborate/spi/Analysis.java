package io.corroborate.spi;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;

import java.util.Set;

/**
 * Derives results from a whole case. Listed in {@code META-INF/services/io.corroborate.spi.Analysis};
 * a plain class with a public no-argument constructor, stateless.
 */
public interface Analysis {
    /** A stable kebab-case id, e.g. {@code chronology}. */
    String id();

    /** One line for {@code corroborate plugins}. */
    String description();

    /**
     * Ids of analyses whose results this one reads; the host runs those first when they are
     * installed (an absent one is simply skipped). Ties run in id order.
     */
    default Set<String> runsAfter() {
        return Set.of();
    }

    /**
     * Analyses the case. {@code soFar} holds what the analyses run before this one derived. Returns
     * only this analysis's own parts (see {@link AnalysisResult#merge}). Problems with the case are
     * returned as findings, never thrown; an exception means a bug and stops the run.
     */
    AnalysisResult analyze(Case theCase, AnalysisResult soFar);
}
