package org.inspect.bench.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The peak heap is what the JVM held at once: an array let go of still counts once a collection has seen it. */
class PeakHeapTest {

    private static final int MB = 1 << 20;

    @Test
    void anArrayLetGoOfStillCountsAfterTheCollection() throws Exception {
        PeakHeap heap = PeakHeap.watch();
        byte[] block = new byte[256 * MB];
        block[block.length - 1] = 1;
        assertTrue(heap.bytes() >= 256L * MB, "held now: " + heap.bytes());
        block = null;
        System.gc();
        // the collector's notifications arrive on a thread of their own
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (heap.bytes() < 256L * MB && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(heap.bytes() >= 256L * MB, "after the collection: " + heap.bytes());
        assertTrue(heap.bytes() < Runtime.getRuntime().maxMemory(), "within the heap: " + heap.bytes());
    }
}
