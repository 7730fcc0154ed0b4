package org.inspect.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading ahead in a thread of its own hands out the same rows, and the same error at the same row. */
class PrefetchingRawReaderTest {

    /** Rows 1..{@code rows}; with {@code failAt}, the file is malformed there. */
    private static final class Numbered implements RawReader {
        private final int rows;
        private final int failAt;
        private int line;
        boolean closed;

        Numbered(int rows, int failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public RawRow next() throws IOException {
            if (++line == failAt) {
                throw new MalformedFileException(line, "bad quote at line " + line);
            }
            return line > rows ? null : new RawRow(line, List.of("cell " + line));
        }

        @Override
        public double progress() {
            return (double) line / rows;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void handsOutEveryRowInOrderAcrossBatches() throws IOException {
        int rows = PrefetchingRawReader.BATCH * (PrefetchingRawReader.AHEAD + 3) + 17;
        try (PrefetchingRawReader r = new PrefetchingRawReader(new Numbered(rows, -1), "test")) {
            for (int i = 1; i <= rows; i++) {
                RawRow row = r.next();
                assertEquals(i, row.line());
                assertEquals("cell " + i, row.cell(0));
            }
            assertNull(r.next());
            assertNull(r.next());
            assertEquals(1.0, r.progress(), 0.001);
        }
    }

    @Test
    void saysHowFarTheCallerHasComeNotTheThreadAhead() throws Exception {
        int rows = PrefetchingRawReader.BATCH * 20;
        try (PrefetchingRawReader r = new PrefetchingRawReader(new Numbered(rows, -1), "test")) {
            r.next();
            Thread.sleep(200); // the thread reads its batches ahead meanwhile
            assertEquals(1.0 / rows, r.progress(), 1e-9);
            for (int i = 2; i <= 1500; i++) {
                r.next();
            }
            assertEquals(1500.0 / rows, r.progress(), 1e-9);
        }
    }

    @Test
    void aMalformedFileFailsAtItsRowAfterTheRowsBeforeIt() throws IOException {
        int failAt = PrefetchingRawReader.BATCH * 2 + 5;
        try (PrefetchingRawReader r = new PrefetchingRawReader(new Numbered(10_000, failAt), "test")) {
            for (int i = 1; i < failAt; i++) {
                assertEquals(i, r.next().line());
            }
            MalformedFileException e = assertThrows(MalformedFileException.class, r::next);
            assertEquals(failAt, e.line());
        }
    }

    @Test
    void closedBeforeTheEndStopsItsThreadAndClosesTheFile() {
        Numbered file = new Numbered(1_000_000, -1);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            PrefetchingRawReader r = new PrefetchingRawReader(file, "test");
            r.next();
            r.close();
        });
        assertEquals(true, file.closed);
    }
}
