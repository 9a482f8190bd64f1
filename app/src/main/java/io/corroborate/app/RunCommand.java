package io.corroborate.app;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code corroborate run}: the whole pipeline on a case folder. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "Import every source of a case, run every analysis and write every output.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("corroborate");

    @ParentCommand
    Main main;

    @Mixin
    CaseOptions caseOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: CASE_DIR/out).")
    Path out;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "internal (default) or public (leaves out witness identities, contact details, analyst names, local paths and fields marked sensitive).")
    String profile;

    @Override
    public Integer call() throws InputException {
        Pipeline pipeline = new Pipeline(main.plugins(), main.clock());
        Pipeline.Loaded loaded = pipeline.load(caseOptions.caseDir, caseOptions.strictness());
        Profile p;
        try {
            p = profile == null ? loaded.config().profile() : Profile.fromId(profile);
        } catch (IllegalArgumentException e) {
            throw new InputException("--profile: " + e.getMessage());
        }
        LOG.info("analysing {} items", loaded.theCase().items().size());
        AnalysisResult result = pipeline.analyze(loaded.theCase());
        Path dir = out != null ? out : loaded.config().root().resolve("out");
        Pipeline.Written written = pipeline.export(loaded, result, p, dir);
        LOG.info(Summary.of(loaded, result, written));
        return result.hasErrors() ? Main.FINDINGS : Main.OK;
    }
}
