package io.corroborate.analysis.claims;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Claim;
import io.corroborate.model.ClaimVerdict;
import io.corroborate.model.Finding;
import io.corroborate.model.Severity;
import io.corroborate.model.Verdict;
import io.corroborate.spi.Analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tests each claim's {@code asserts} (docs/claims.md) against the case's observations, casualties,
 * places and windows, giving one {@link ClaimVerdict} per claim in the case's order. A claim is
 * contradicted when any of its statements is, supported when all are, untested otherwise. Findings:
 * {@code claim-parse-error} (error; the claim stays untested) and {@code claim-unknown-place}
 * (warning). Stateless; never throws for a problem with the case.
 */
public final class ClaimsAnalysis implements Analysis {
    public static final String ID = "claims";
    public static final String PARSE_ERROR = "claim-parse-error";
    public static final String UNKNOWN_PLACE = "claim-unknown-place";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Tests each claim's checkable statement against the observations and casualty counts: contradicted, supported or untested";
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("incidents", "casualties", "places", "chronology", "reposts");
    }

    @Override
    public AnalysisResult analyze(Case theCase, AnalysisResult soFar) {
        Objects.requireNonNull(theCase, "theCase is null");
        Objects.requireNonNull(soFar, "soFar is null");
        List<Finding> findings = new ArrayList<>();
        List<ClaimVerdict> verdicts = new ArrayList<>();
        Evaluator evaluator = theCase.claims().isEmpty() ? null : new Evaluator(Evidence.of(theCase, soFar), theCase.gazetteer());
        for (Claim claim : theCase.claims()) {
            verdicts.add(verdict(claim, theCase, evaluator, findings));
        }
        return AnalysisResult.ofFindings(findings).withVerdicts(verdicts);
    }

    private static ClaimVerdict verdict(Claim claim, Case theCase, Evaluator evaluator, List<Finding> findings) {
        if (claim.asserts() == null) {
            return new ClaimVerdict(claim.id(), Verdict.UNTESTED,
                    "the claim has no asserts: nothing it says is expressed in the checkable grammar", List.of(), List.of());
        }
        List<Statement> statements;
        try {
            statements = Parser.parse(claim.asserts(), theCase.zone());
        } catch (ClaimSyntaxException e) {
            findings.add(new Finding(PARSE_ERROR, Severity.ERROR, "claim " + claim.id() + ": asserts '" + claim.asserts() + "' "
                    + e.getMessage(), List.of(), List.of()));
            return new ClaimVerdict(claim.id(), Verdict.UNTESTED, "asserts could not be read, " + e.getMessage(), List.of(), List.of());
        }
        List<Evaluator.Outcome> outcomes = new ArrayList<>();
        for (Statement s : statements) {
            Statement.Scope scope = s instanceof Statement.Conduct c ? c.scope() : s instanceof Statement.Count n ? n.scope() : null;
            if (scope != null && scope.place() != null && evaluator.placeOf(scope) == null) {
                findings.add(new Finding(UNKNOWN_PLACE, Severity.WARNING, "claim " + claim.id() + ": the place '" + scope.place()
                        + "' (at character " + scope.placePosition() + " of asserts) is not in the gazetteer", List.of(), List.of()));
            }
            outcomes.add(evaluator.evaluate(s));
        }
        Verdict verdict = outcomes.stream().anyMatch(o -> o.verdict() == Verdict.CONTRADICTED) ? Verdict.CONTRADICTED
                : outcomes.stream().allMatch(o -> o.verdict() == Verdict.SUPPORTED) ? Verdict.SUPPORTED : Verdict.UNTESTED;
        List<String> reasons = new ArrayList<>();
        Set<String> items = new TreeSet<>();
        Set<String> observations = new TreeSet<>();
        for (Evaluator.Outcome o : outcomes) {
            // a contradicted claim rests on what contradicts it; an untested one explains every open statement
            boolean relevant = verdict == Verdict.SUPPORTED || o.verdict() == verdict
                    || verdict == Verdict.UNTESTED && o.verdict() != Verdict.SUPPORTED;
            if (relevant) {
                reasons.add(o.reason());
                items.addAll(o.items());
                observations.addAll(o.observations());
            }
        }
        return new ClaimVerdict(claim.id(), verdict, String.join("; ", reasons), List.copyOf(items), List.copyOf(observations));
    }
}
