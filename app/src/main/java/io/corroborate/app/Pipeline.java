package io.corroborate.app;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Claim;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.Hashes;
import io.corroborate.model.Landmark;
import io.corroborate.model.Profile;
import io.corroborate.model.Redaction;
import io.corroborate.model.SourceSummary;
import io.corroborate.spi.Analysis;
import io.corroborate.spi.DirectoryExportContext;
import io.corroborate.spi.Exporter;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.SourceImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Drives one case through the plugins: load the case folder, import every source, run every analysis
 * in order, and write the outputs. Input problems become {@link InputException}s (exit code 2) before
 * anything is written to the output folder.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger("corroborate");
    /** The importer id of the case's own files among the sources (see {@link SourceSummary#CASE_FILES}). */
    public static final String CASE_FILES = SourceSummary.CASE_FILES;

    /** How strictly to treat bad input. */
    public record Strictness(boolean strict, boolean keepGoing) {
        public static final Strictness DEFAULT = new Strictness(false, false);
    }

    /** A loaded case, what the run log says about its input, and the import errors kept going past. */
    public record Loaded(CaseConfig config, Case theCase, RunLog log, List<String> importErrors, Instant startedAt) {
    }

    /** What a run wrote. */
    public record Written(Path outputDirectory, List<String> files, Profile profile) {
    }

    private final PluginRegistry plugins;
    private final Clock clock;

    public Pipeline(PluginRegistry plugins, Clock clock) {
        this.plugins = Objects.requireNonNull(plugins, "plugins is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** Reads case.yaml, the sheets and every source. */
    public Loaded load(Path caseDir, Strictness strictness) throws InputException {
        CaseConfig config = CaseConfigReader.read(caseDir);
        for (CaseConfig.Source s : config.sources()) {
            if (plugins.importer(s.importer()).isEmpty()) {
                throw new InputException(caseDir.resolve(CaseConfigReader.FILE_NAME) + ": " + s.locator() + ".importer: unknown importer '"
                        + s.importer() + "' (installed: " + String.join(", ", plugins.importers().keySet()) + ")");
            }
        }
        for (String o : config.outputs()) {
            if (!plugins.exporters().containsKey(o)) {
                throw new InputException(caseDir.resolve(CaseConfigReader.FILE_NAME) + ": outputs: unknown exporter '" + o
                        + "' (installed: " + String.join(", ", plugins.exporters().keySet()) + ")");
            }
        }
        RunLog log = new RunLog();
        Sheets sheets = new Sheets(config.root(), log);
        Map<Path, Integer> caseFiles = new LinkedHashMap<>();
        caseFiles.put(config.file(), 1);
        List<Landmark> landmarks = config.landmarks() == null ? List.of() : sheets.landmarks(config.landmarks());
        if (config.landmarks() != null) {
            caseFiles.merge(config.landmarks(), landmarks.size(), Integer::sum);
        }
        List<Clue> clues = new ArrayList<>();
        for (Path sheet : config.clueSheets()) {
            List<Clue> read = sheets.clues(sheet);
            clues.addAll(read);
            caseFiles.merge(sheet, read.size(), Integer::sum);
        }
        List<Claim> claims = config.claims() == null ? List.of() : sheets.claims(config.claims());
        if (config.claims() != null) {
            caseFiles.merge(config.claims(), claims.size(), Integer::sum);
        }

        Instant started = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<SourceSummary> summaries = new ArrayList<>();
        for (Map.Entry<Path, Integer> f : caseFiles.entrySet()) {
            summaries.add(caseFile(config.root(), f.getKey(), f.getValue(), log, started));
        }
        Clock importClock = Clock.fixed(started, ZoneOffset.UTC);
        Map<String, EvidenceItem> items = new LinkedHashMap<>();
        Map<String, String> itemSource = new HashMap<>();
        List<String> importErrors = new ArrayList<>();
        for (CaseConfig.Source s : config.sources()) {
            SourceImporter importer = plugins.importer(s.importer()).orElseThrow();
            HostImportContext ctx = new HostImportContext(config.root(), config.zone(), s.timezone(), s.options(), importClock, log);
            String where = ctx.sourceName(s.path());
            LOG.info("importing {} ({})", where, importer.id());
            Map<String, Long> perFile = new HashMap<>();
            Consumer<EvidenceItem> sink = item -> {
                String file = item.provenance() == null ? where : item.provenance().source();
                String earlier = itemSource.putIfAbsent(item.id(), file);
                if (earlier == null) {
                    perFile.merge(file, 1L, Long::sum);
                    items.put(item.id(), item);
                } else {
                    log.warn(file, item.provenance() == null ? null : item.provenance().locator(),
                            "item " + item.id() + " was already imported from " + earlier + "; kept the first");
                }
            };
            String error = readSource(importer, s.path(), ctx, sink);
            if (error != null) {
                if (!strictness.keepGoing()) {
                    throw new InputException(error + " (use --keep-going to import what comes before the break and go on)");
                }
                LOG.warn("error: {} (kept what came before it: --keep-going)", error);
                importErrors.add(error);
            }
            if (Files.isRegularFile(s.path())) {
                hash(ctx, s.path());
            }
            for (Map.Entry<Path, HostImportContext.FileRead> f : ctx.filesRead().entrySet()) {
                String name = ctx.sourceName(f.getKey());
                SourceSummary summary = new SourceSummary(name, importer.id(), f.getValue().sha256(), f.getValue().size(),
                        perFile.getOrDefault(name, 0L), log.skipped(name), started);
                summaries.add(summary);
                LOG.info("  {}: {} items imported, {} records skipped", name, summary.imported(), summary.skipped());
            }
        }
        if (strictness.strict() && log.skippedTotal() > 0) {
            throw new InputException(log.skippedTotal() + " record(s) were skipped and --strict is on; the first: " + log.firstSkipped()
                    .map(RunLog.Entry::toString).orElse(""));
        }
        Case theCase;
        try {
            theCase = new Case(config.name(), config.zone(), config.area(), config.timeRange(), new ArrayList<>(items.values()),
                    clues, landmarks, claims, summaries, config.settings());
        } catch (IllegalArgumentException e) {
            throw new InputException(config.file() + ": " + e.getMessage(), e);
        }
        return new Loaded(config, theCase, log, importErrors, started);
    }

    /** One of the case's own files as a source: its records are the rows read (case.yaml counts as one). */
    private static SourceSummary caseFile(Path root, Path file, long records, RunLog log, Instant started) throws InputException {
        Path f = file.toAbsolutePath().normalize();
        String name = (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
        try {
            return new SourceSummary(name, CASE_FILES, Hashes.sha256(f), Files.size(f), records, log.skipped(name), started);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void hash(HostImportContext ctx, Path file) throws InputException {
        try {
            ctx.sourceSha256(file);
        } catch (UncheckedIOException e) {
            throw new InputException(ctx.sourceName(file) + ": cannot be read: " + e.getCause().getMessage(), e);
        }
    }

    /** Runs one importer on one source; returns the import error's message, or null when it read to the end. */
    static String readSource(SourceImporter importer, Path source, HostImportContext ctx, Consumer<EvidenceItem> sink) throws InputException {
        try {
            importer.read(source, ctx, sink);
            return null;
        } catch (ImportException e) {
            return e.getMessage();
        } catch (UncheckedIOException e) {
            throw new InputException(ctx.sourceName(source) + ": cannot be read: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new InputException(ctx.sourceName(source) + ": cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new InputException(ctx.sourceName(source) + ": the importer '" + importer.id() + "' failed on this file: " + e
                    + " (a bug in the importer: please report it with the file)", e);
        }
    }

    /** Runs every installed analysis in order. */
    public AnalysisResult analyze(Case theCase) throws InputException {
        AnalysisResult result = AnalysisResult.EMPTY;
        for (Analysis a : plugins.analysesInOrder()) {
            LOG.debug("analysis {}", a.id());
            try {
                result = result.merge(a.analyze(theCase, result));
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                throw new InputException("the analysis '" + a.id() + "' failed on this case: " + e
                        + " (a bug in the analysis: please report it with the case)", e);
            }
        }
        return result;
    }

    /** Writes the case's outputs (those listed in case.yaml, else all) into {@code out}. */
    public Written export(Loaded loaded, AnalysisResult result, Profile profile, Path out) throws InputException {
        Case visible = profile == Profile.PUBLIC ? Redaction.forPublic(loaded.theCase()) : loaded.theCase();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputException(out + ": cannot create the output folder: " + e.getMessage(), e);
        }
        DirectoryExportContext ctx = new DirectoryExportContext(visible, result, profile, Version.current(), loaded.startedAt(), out);
        for (Exporter e : plugins.exportersFor(loaded.config().outputs())) {
            LOG.debug("exporting {}", e.id());
            try {
                e.export(ctx);
            } catch (IOException ex) {
                throw new InputException(out + ": the exporter '" + e.id() + "' could not write: " + ex.getMessage(), ex);
            } catch (RuntimeException | StackOverflowError | LinkageError ex) {
                throw new InputException("the exporter '" + e.id() + "' failed: " + ex + " (a bug in the exporter: please report it)", ex);
            }
        }
        return new Written(out, ctx.written(), profile);
    }
}
