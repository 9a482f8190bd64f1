package io.corroborate.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run reports about its input: skipped records and warnings, each naming the file and the
 * record, logged as they happen and counted per file for the summary and custody.csv. Memory stays
 * flat however many records a file spoils: only the first {@value #MAX_LOGGED_PER_FILE} reports of
 * each file are kept (and shown); the rest are counted.
 */
public final class RunLog {
    private static final Logger LOG = LoggerFactory.getLogger("corroborate");
    private static final int MAX_LOGGED_PER_FILE = 50;

    /** One report line. */
    public record Entry(String file, String locator, String message, boolean skipped) {
        @Override
        public String toString() {
            return file + ": " + (locator == null ? "" : locator + ": ") + message;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long warnings;
    private Entry firstSkipped;
    private final Map<String, Integer> skippedByFile = new TreeMap<>();
    private final Map<String, Integer> loggedByFile = new TreeMap<>();
    private final Map<String, Integer> ignoredByFile = new TreeMap<>();

    public synchronized void skipped(String file, String locator, String reason) {
        skippedByFile.merge(file, 1, Integer::sum);
        Entry e = new Entry(file, locator, "skipped: " + reason, true);
        if (firstSkipped == null) {
            firstSkipped = e;
        }
        add(e);
    }

    /**
     * A record that is not evidence by design (a service message): counted per file; the first of each
     * file is logged with its locator and reason, the others only at debug level (a channel holds
     * thousands of pins and joins).
     */
    public synchronized void ignored(String file, String locator, String reason) {
        Entry e = new Entry(file, locator, "left out, not evidence: " + reason, false);
        if (ignoredByFile.merge(file, 1, Integer::sum) == 1) {
            LOG.info("{} (more such records of this file are counted in the summary)", e);
        } else {
            LOG.debug("{}", e);
        }
    }

    public synchronized long ignoredTotal() {
        return ignoredByFile.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Records left out as not evidence, per file, in file order. */
    public synchronized Map<String, Integer> ignoredByFile() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(ignoredByFile));
    }

    public synchronized void warn(String file, String locator, String message) {
        warnings++;
        add(new Entry(file, locator, message, false));
    }

    private void add(Entry e) {
        int n = loggedByFile.merge(e.file(), 1, Integer::sum);
        if (n <= MAX_LOGGED_PER_FILE) {
            entries.add(e);
            LOG.warn("warning: {}", e);
        } else if (n == MAX_LOGGED_PER_FILE + 1) {
            LOG.warn("warning: {}: more warnings for this file are counted, not shown", e.file());
        }
    }

    public synchronized int skipped(String file) {
        return skippedByFile.getOrDefault(file, 0);
    }

    public synchronized int skippedTotal() {
        return skippedByFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized long warningsTotal() {
        return warnings;
    }

    /** The first record skipped in the run, if any. */
    public synchronized java.util.Optional<Entry> firstSkipped() {
        return java.util.Optional.ofNullable(firstSkipped);
    }

    /** The reports kept: the first {@value #MAX_LOGGED_PER_FILE} of each file, in the order they came. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
