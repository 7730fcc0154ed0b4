package org.inspect.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file's rows a batch ahead in a thread of its own, so that splitting the CSV text into cells (most of a
 * file's reading) runs on one core while the rows are parsed, checked or loaded on the other (issue 25: the import
 * validates every file before it loads, in one thread). Holds at most {@link #AHEAD} batches of {@link #BATCH}
 * rows; an error of the file reaches the caller at the row where it was met, as without the thread.
 */
public final class PrefetchingRawReader implements RawReader {

    static final int BATCH = 1000;
    static final int AHEAD = 4;

    /**
     * A batch of rows, each with the fraction of the file read once it was read; the last batch of the file ends it,
     * or carries what stopped the reading.
     */
    private record Batch(List<RawRow> rows, double[] progress, boolean end, Exception failure) {
    }

    private final RawReader in;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Batch current = new Batch(List.of(), new double[0], false, null);
    private int next;
    /** The progress at the end of the batch before the current one. */
    private double last;

    public PrefetchingRawReader(RawReader in, String name) {
        this.in = in;
        this.reader = new Thread(this::readAhead, "read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                List<RawRow> rows = new ArrayList<>(BATCH);
                double[] progress = new double[BATCH];
                Exception failure = null;
                boolean end = false;
                try {
                    while (rows.size() < BATCH) {
                        RawRow r = in.next();
                        if (r == null) {
                            end = true;
                            break;
                        }
                        progress[rows.size()] = in.progress();
                        rows.add(r);
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
                queue.put(new Batch(rows, progress, end || failure != null, failure));
                if (end || failure != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public RawRow next() throws IOException {
        while (next == current.rows().size()) {
            if (current.end()) {
                return rethrow(current.failure());
            }
            try {
                last = progress();
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading ahead", e);
            }
            next = 0;
        }
        return current.rows().get(next++);
    }

    private static RawRow rethrow(Exception failure) throws IOException {
        if (failure == null) {
            return null;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException u) {
            throw u;
        }
        throw (RuntimeException) failure;
    }

    /** How far the caller has come (the fraction read with its last row), not the thread reading ahead. */
    @Override
    public double progress() {
        return next == 0 ? last : current.progress()[next - 1];
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
