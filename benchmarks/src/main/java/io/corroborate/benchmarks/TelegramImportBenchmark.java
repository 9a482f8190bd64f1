package io.corroborate.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.corroborate.app.Main;
import io.corroborate.model.Hashes;
import io.corroborate.importer.telegram.TelegramImporter;
import io.corroborate.spi.BasicImportContext;
import io.corroborate.spi.ImportException;
import io.corroborate.spi.Utf8CheckingInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Locale;

/**
 * Throughput and memory of the Telegram importer on a generated export: the importer alone (hashing
 * the source, parsing, building items) and the whole {@code corroborate import --importer telegram}
 * command writing JSON Lines to disk; MB/s of source and the peak heap used. Before them it times the
 * parts every import of the file must pay for on its own (the source's sha256 for the provenance, the
 * strict UTF-8 check, and Jackson's bare tokenisation of the file with nothing built), which bound what
 * the importer can reach on the machine. Run it with a small heap, pinned to one core, to check the
 * targets (300 MB/s, -Xmx256m), e.g. {@code taskset -c 0 java -Xmx256m -XX:ActiveProcessorCount=1
 * -cp benchmarks/target/benchmarks.jar io.corroborate.benchmarks.TelegramImportBenchmark 1024}.
 */
public final class TelegramImportBenchmark {
    private TelegramImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("corroborate-bench");
        Path export = dir.resolve("result.json");
        Path out = dir.resolve("items.jsonl");
        try {
            long messages = TelegramExportGenerator.write(export, megabytes << 20, 42);
            long size = Files.size(export);
            System.out.printf(Locale.ROOT, "generated %s: %.1f MB, %d messages%n", export, size / 1e6, messages);
            // a warm-up on the same file lets the JIT compile the hot path before timing
            run(export, out);
            for (int i = 1; i <= rounds; i++) {
                parts(export, size, i);
            }
            for (int i = 1; i <= rounds; i++) {
                resetPeaks();
                long t0 = System.nanoTime();
                long items = readOnly(export);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "importer only, round %d: %.2f s, %.0f MB/s, %d items, peak heap %.0f MB%n",
                        i, seconds, size / 1e6 / seconds, items, peakHeap() / 1e6);
            }
            for (int i = 1; i <= rounds; i++) {
                resetPeaks();
                long t0 = System.nanoTime();
                run(export, out);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "corroborate import to JSON Lines, round %d: %.2f s, %.0f MB/s (source), %.0f MB written, peak heap %.0f MB of %.0f MB max%n",
                        i, seconds, size / 1e6 / seconds, Files.size(out) / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            }
        } finally {
            Files.deleteIfExists(export);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }

    /** The fixed costs of any import of the file, each alone: hashing, the UTF-8 check, Jackson's tokens. */
    private static void parts(Path export, long size, int round) throws IOException {
        long t0 = System.nanoTime();
        Hashes.sha256(export);
        double hash = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new Utf8CheckingInputStream(Files.newInputStream(export))) {
            while (in.read(buf) >= 0) {
                // only the check's cost is wanted
            }
        }
        double utf8 = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        long tokens = 0;
        try (JsonParser p = new JsonFactory().createParser(Files.newInputStream(export))) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        double jackson = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "parts, round %d: sha256 %.0f MB/s, UTF-8 check %.0f MB/s, Jackson tokens only (%d tokens, nothing built) %.0f MB/s;"
                + " all three in sequence %.0f MB/s%n", round, size / 1e6 / hash, size / 1e6 / utf8, tokens, size / 1e6 / jackson,
                size / 1e6 / (hash + utf8 + jackson));
    }

    /** The importer alone, hashing the source as the host does, handing items to a counting sink. */
    private static long readOnly(Path export) throws IOException {
        BasicImportContext context = new BasicImportContext(export.getParent(), ZoneId.of("Asia/Almaty"), null, Map.of(), Clock.systemUTC());
        long[] n = {0};
        try {
            new TelegramImporter().read(export, context, item -> n[0]++);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return n[0];
    }

    private static void run(Path export, Path out) {
        OutputStream devNull = OutputStream.nullOutputStream();
        int code = Main.execute(new String[] {"import", "--importer", "telegram", "--zone", "Asia/Almaty", export.toString(), "--out",
                out.toString()}, devNull, System.err, Clock.systemUTC());
        if (code != 0) {
            throw new IllegalStateException("import failed with exit code " + code);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
