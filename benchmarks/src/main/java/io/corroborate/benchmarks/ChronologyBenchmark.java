package io.corroborate.benchmarks;

import io.corroborate.analysis.chronology.ChronologyAnalysis;
import io.corroborate.analysis.chronology.Solution;
import io.corroborate.analysis.chronology.Solver;
import io.corroborate.analysis.chronology.TemporalNetwork;
import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Clue;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.ItemKind;
import io.corroborate.model.MediaRef;
import io.corroborate.model.Platform;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How fast the chronology engine dates a case. {@code analysis}: the whole {@link ChronologyAnalysis}
 * on a generated case of {@code items} items, each with a published time, a media duration and a clock
 * clue, plus eight relative clues (before/after) per item between random items, all consistent with a
 * hidden true timeline (10 constraints per item). {@code solver}: the bare solver on a network of the
 * same size.
 *
 * <p>The primary score is operations (whole cases) per second; the secondary scores
 * {@code analysis:itemsDated} and {@code solver:pointsSolved} are items and points per second, counted
 * by JMH itself ({@code @OperationsPerInvocation} needs a constant, and the size is a {@code @Param}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ChronologyBenchmark {
    private static final int RELATIVE_PER_ITEM = 8;

    @Param({"1000", "10000", "100000"})
    public int items;

    private Case theCase;
    private TemporalNetwork network;

    /** Items dated by {@link #analysis}; JMH divides it by the measured time: items/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Items {
        public long itemsDated;

        @Setup(Level.Iteration)
        public void reset() {
            itemsDated = 0;
        }
    }

    /** Time points solved by {@link #solver}; JMH divides it by the measured time: points/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Points {
        public long pointsSolved;

        @Setup(Level.Iteration)
        public void reset() {
            pointsSolved = 0;
        }
    }

    @Setup(Level.Trial)
    public void generate() {
        Random r = new Random(7);
        long base = Instant.parse("2022-01-04T12:00:00Z").getEpochSecond();
        long[] truth = new long[items];
        List<EvidenceItem> list = new ArrayList<>(items);
        List<Clue> sheet = new ArrayList<>(items * (RELATIVE_PER_ITEM + 1));
        for (int i = 0; i < items; i++) {
            truth[i] = base + r.nextInt(3 * 86_400);
            String id = "telegram:c:" + i;
            String published = Instant.ofEpochSecond(truth[i] + 60 + r.nextInt(7200)).toString();
            list.add(EvidenceItem.builder(id, Platform.TELEGRAM, ItemKind.VIDEO)
                    .media(MediaRef.of("video").withDurationSeconds(60.0))
                    .clue(Clue.fromImporter(id, "published", published, null, "telegram", null)).build());
            sheet.add(new Clue("clues.csv:" + (sheet.size() + 2), id, "clock",
                    Instant.ofEpochSecond(truth[i] + r.nextInt(60)).toString(), Duration.ofMinutes(5), null, "a"));
        }
        while (sheet.size() < items * (RELATIVE_PER_ITEM + 1)) {
            int a = r.nextInt(items);
            int b = r.nextInt(items);
            if (a != b) {
                sheet.add(new Clue("clues.csv:" + (sheet.size() + 2), "telegram:c:" + a, truth[a] <= truth[b] ? "before" : "after",
                        "telegram:c:" + b, null, null, "a"));
            }
        }
        theCase = new Case("benchmark", ZoneId.of("Asia/Almaty"), null, null, list, sheet, null, null, null, null);

        network = new TemporalNetwork();
        int first = network.addPoints(items);
        int label = 0;
        for (int i = 0; i < items; i++) {
            network.addRange(first + i, truth[i] - r.nextInt(7200), truth[i] + r.nextInt(7200), label++);
        }
        while (network.constraintCount() < 10L * items) {
            int a = r.nextInt(items);
            int b = r.nextInt(items);
            if (a != b) {
                long gap = truth[b] - truth[a];
                network.addDistance(first + a, first + b, gap - r.nextInt(600), gap + r.nextInt(600), label++);
            }
        }
    }

    @Benchmark
    public AnalysisResult analysis(Items counted) {
        AnalysisResult r = new ChronologyAnalysis().analyze(theCase, AnalysisResult.EMPTY);
        counted.itemsDated += items;
        return r;
    }

    @Benchmark
    public Solution solver(Points counted) {
        Solution s = new Solver().solve(network);
        counted.pointsSolved += network.pointCount();
        return s;
    }
}
