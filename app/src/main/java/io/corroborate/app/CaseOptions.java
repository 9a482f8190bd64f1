package io.corroborate.app;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Options shared by the commands that read a whole case folder. */
final class CaseOptions {
    @Parameters(index = "0", paramLabel = "CASE_DIR", description = "The case folder (holding case.yaml).")
    Path caseDir;

    @Option(names = "--strict", description = "Exit 2 when any record of any source or sheet is skipped.")
    boolean strict;

    @Option(names = "--keep-going", description = "After a broken source file, keep what came before the break and go on.")
    boolean keepGoing;

    Pipeline.Strictness strictness() {
        return new Pipeline.Strictness(strict, keepGoing);
    }
}
