package io.corroborate.app;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Finding;
import io.corroborate.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code corroborate check}: analyse a case and print its conflicts; exit 1 when there is any. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "Analyse a case without writing outputs; print every finding of severity error "
        + "(conflicting clues, contradictions) and exit 1 if there is any.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--all", description = "Print warnings and notes too, not only errors.")
    boolean all;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Pipeline pipeline = new Pipeline(main.plugins(), main.clock());
        Pipeline.Loaded loaded = pipeline.load(caseOptions.caseDir, caseOptions.strictness());
        AnalysisResult result = pipeline.analyze(loaded.theCase());
        PrintWriter out = spec.commandLine().getOut();
        long errors = 0;
        for (Finding f : result.findingsBySeverity()) {
            if (f.severity() == Severity.ERROR) {
                errors++;
            } else if (!all) {
                continue;
            }
            out.println(f.severity().id() + " " + f.kind() + ": " + f.message()
                    + (f.clues().isEmpty() ? "" : " [clues: " + String.join(", ", f.clues()) + "]"));
        }
        out.println(errors == 0 ? "no conflicts: " + loaded.theCase().items().size() + " items, "
                + result.findings().size() + " findings of lower severity"
                : errors + " finding(s) of severity error");
        out.flush();
        return errors > 0 ? Main.FINDINGS : Main.OK;
    }
}
