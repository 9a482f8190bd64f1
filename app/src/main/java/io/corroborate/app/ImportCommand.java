package io.corroborate.app;

import io.corroborate.spi.SourceImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code corroborate import}: one importer over some sources, items out as JSON Lines. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "Read sources with one importer and write the items as JSON Lines, one EvidenceItem per line.")
final class ImportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("corroborate");

    @ParentCommand
    Main main;

    @Option(names = "--importer", required = true, paramLabel = "ID", description = "Importer id (see `corroborate plugins`).")
    String importerId;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Source files or folders.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (written whole or not at all).")
    Path out;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC", description = "The case's time zone (IANA id). Default: ${DEFAULT-VALUE}.")
    String zone;

    @Option(names = "--source-zone", paramLabel = "ZONE", description = "The zone in which the source wrote local times without an offset.")
    String sourceZone;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE", description = "An importer option, as under a source's options: in case.yaml.")
    Map<String, String> options = Map.of();

    @Option(names = "--strict", description = "Exit 2 when any record is skipped.")
    boolean strict;

    @Option(names = "--keep-going", description = "After a broken file, keep what came before the break and go on (exit 0).")
    boolean keepGoing;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        PluginRegistry plugins = main.plugins();
        SourceImporter importer = plugins.importer(importerId).orElseThrow(() -> new InputException(
                "--importer: unknown importer '" + importerId + "' (installed: " + String.join(", ", plugins.importers().keySet()) + ")"));
        ZoneId caseZone = zone("--zone", zone);
        ZoneId srcZone = sourceZone == null ? null : zone("--source-zone", sourceZone);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or folder");
            }
        }
        Clock clock = Clock.fixed(main.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC);
        RunLog log = new RunLog();
        Path tmp = null;
        long count = 0;
        try {
            OutputStream sink;
            if (out == null) {
                sink = new NonClosing(main.stdout());
            } else {
                Path target = out.toAbsolutePath().normalize();
                Files.createDirectories(target.getParent());
                tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
                sink = Files.newOutputStream(tmp);
            }
            String firstError = null;
            try (OutputStream os = new BufferedOutputStream(sink, 1 << 16); JsonLinesWriter lines = new JsonLinesWriter(os)) {
                for (Path p : paths) {
                    Path source = p.toAbsolutePath().normalize();
                    Path root = Files.isDirectory(source) ? source : source.getParent();
                    // provenance names the file as the user gave it, from the current folder; paths inside it stay in its folder
                    HostImportContext ctx = new HostImportContext(root, Path.of("").toAbsolutePath(), caseZone, srcZone, options, clock, log);
                    long[] n = {0};
                    String error = Pipeline.readSource(importer, source, ctx, item -> {
                        lines.accept(item);
                        n[0]++;
                    });
                    count += n[0];
                    LOG.info("{}: {} items", p, n[0]);
                    if (error != null) {
                        if (!keepGoing) {
                            firstError = error;
                            break;
                        }
                        LOG.warn("error: {} (kept what came before it: --keep-going)", error);
                    }
                }
            }
            if (firstError != null) {
                throw new InputException(firstError + " (use --keep-going to keep what comes before the break)");
            }
            if (strict && log.skippedTotal() > 0) {
                throw new InputException(log.skippedTotal() + " record(s) were skipped and --strict is on; the first: "
                        + log.firstSkipped().map(RunLog.Entry::toString).orElse(""));
            }
            if (tmp != null) {
                Files.move(tmp, out.toAbsolutePath().normalize(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            }
        } catch (UncheckedIOException e) {
            throw new InputException((out == null ? "standard output" : out.toString()) + ": cannot write: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new InputException((out == null ? "standard output" : out.toString()) + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is only ever a leftover of a failed run
                }
            }
        }
        LOG.info("imported {} items ({} skipped, {} warnings, {} service records left out)", count, log.skippedTotal(),
                log.warningsTotal(), log.ignoredTotal());
        return Main.OK;
    }

    static ZoneId zone(String option, String value) throws InputException {
        try {
            return ZoneId.of(value);
        } catch (java.time.DateTimeException e) {
            throw new InputException(option + ": '" + value + "' is not an IANA time zone (e.g. Asia/Almaty)");
        }
    }

    /** Standard output that the command flushes but never closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
