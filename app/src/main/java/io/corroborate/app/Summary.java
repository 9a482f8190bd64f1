package io.corroborate.app;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Finding;
import io.corroborate.model.Severity;
import io.corroborate.model.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one-paragraph account of a run printed at its end. */
final class Summary {
    private Summary() {
    }

    static String of(Pipeline.Loaded loaded, AnalysisResult result, Pipeline.Written written) {
        Case c = loaded.theCase();
        List<String> parts = new ArrayList<>();
        // the case's own files (case.yaml, sheets) are listed among the sources for custody, but hold no items
        long sourceFiles = c.sources().stream().filter(s -> !Pipeline.CASE_FILES.equals(s.importer())).count();
        parts.add(c.name() + ": imported " + c.items().size() + " items from " + sourceFiles + " source files ("
                + loaded.log().skippedTotal() + " records skipped" + skippedPerSource(c) + ", " + loaded.log().warningsTotal() + " warnings, "
                + loaded.log().ignoredTotal() + " service records left out" + perFile(loaded.log().ignoredByFile())
                + (loaded.importErrors().isEmpty() ? "" : ", " + loaded.importErrors().size() + " files broken off") + ")");
        long windows = result.windows().values().stream().filter(w -> w.window().isBounded()).count();
        parts.add(windows + " items dated to a closed window");
        if (!result.incidents().isEmpty()) {
            parts.add(result.incidents().size() + " incidents");
        }
        if (result.casualties() != null) {
            parts.add(result.casualties().label());
        }
        if (!result.verdicts().isEmpty()) {
            long contradicted = result.verdicts().stream().filter(v -> v.verdict() == Verdict.CONTRADICTED).count();
            parts.add(result.verdicts().size() + " claims tested (" + contradicted + " contradicted)");
        }
        long errors = count(result, Severity.ERROR);
        long warnings = count(result, Severity.WARNING);
        parts.add(errors + " error findings, " + warnings + " warnings");
        String s = String.join("; ", parts) + ".";
        if (written != null) {
            s += " Wrote " + written.files().size() + " outputs to " + written.outputDirectory() + " (profile "
                    + written.profile().id() + ").";
        }
        if (errors > 0) {
            s += " Exit code 1: the case has findings of severity error (see `corroborate check`).";
        }
        return s;
    }

    /** Where records were skipped, per source file: " (2 in sources/a.json, 1 in b.csv)", or "" when none were. */
    private static String skippedPerSource(Case c) {
        Map<String, Integer> skipped = new TreeMap<>();
        c.sources().stream().filter(s -> s.skipped() > 0).forEach(s -> skipped.put(s.path(), (int) s.skipped()));
        return perFile(skipped);
    }

    private static String perFile(Map<String, Integer> counts) {
        List<String> where = counts.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey()).toList();
        return where.isEmpty() ? "" : " (" + String.join(", ", where) + ")";
    }

    private static long count(AnalysisResult r, Severity s) {
        return r.findings().stream().map(Finding::severity).filter(s::equals).count();
    }
}
