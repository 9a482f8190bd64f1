package io.corroborate.app;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.corroborate.exporter.json.CaseJson;
import io.corroborate.model.EvidenceItem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Writes items as JSON Lines (one compact {@code case.json}-style object per line) on a thread of its
 * own, so that serialising overlaps with the importer's parsing. The queue between them is short:
 * memory stays flat whatever the size of the source. Not thread-safe on the producing side: one
 * importer thread calls {@link #accept}.
 */
final class JsonLinesWriter implements Consumer<EvidenceItem>, AutoCloseable {
    private static final EvidenceItem END = EvidenceItem.builder("end-of-stream", io.corroborate.model.Platform.OTHER,
            io.corroborate.model.ItemKind.TEXT).build();

    private final BlockingQueue<EvidenceItem> queue = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile Throwable failure;
    private long written;
    private boolean closed;

    JsonLinesWriter(OutputStream out) {
        thread = new Thread(() -> drain(out), "corroborate-jsonl-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain(OutputStream out) {
        try (SequenceWriter seq = CaseJson.mapper().writer().withRootValueSeparator("\n").writeValues(out)) {
            for (EvidenceItem item = queue.take(); item != END; item = queue.take()) {
                seq.write(item);
                written++;
            }
            seq.flush();
            if (written > 0) {
                out.write('\n');
            }
            out.flush();
        } catch (Throwable e) {
            failure = e;
            queue.clear();
        }
    }

    @Override
    public void accept(EvidenceItem item) {
        rethrowUnchecked();
        put(item);
    }

    private void put(EvidenceItem item) {
        try {
            while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrowUnchecked();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing JSON Lines", e);
        }
    }

    private void rethrowUnchecked() {
        Throwable f = failure;
        if (f != null) {
            throw new java.io.UncheckedIOException(f instanceof IOException io ? io : new IOException(f.getMessage(), f));
        }
    }

    /** Waits until every item is written; throws what the writing thread met. Does not close the stream. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failure == null) {
            put(END);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing JSON Lines", e);
        }
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
    }
}
