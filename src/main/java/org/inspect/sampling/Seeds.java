package org.inspect.sampling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Seeds and per-stratum generators (spec "Draw"): text becomes a seed through SHA-256, and every stratum
 * gets a generator of its own derived from the seed and its key, so adding a stratum changes no other.
 */
public final class Seeds {

    /** The fixed key from which the inspector-assignment generator is derived. */
    public static final String INSPECTORS_KEY = "inspectors";

    private Seeds() {
    }

    /** The seed of a text: the first 8 bytes, big-endian, of SHA-256 over its exact UTF-8 bytes. */
    public static long fromText(String text) {
        return firstLong(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The seed of a stratum's generator: first 8 bytes of SHA-256(seed as 8 bytes big-endian ‖ UTF-8 key). */
    public static long derive(long seed, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        return firstLong(sha256(ByteBuffer.allocate(8 + k.length).putLong(seed).put(k).array()));
    }

    /** The generator for a stratum key (or {@link #INSPECTORS_KEY}). */
    public static SplittableRandom generator(long seed, String key) {
        return new SplittableRandom(derive(seed, key));
    }

    /**
     * A uniform integer in [0, bound) from {@code nextLong()}: r = nextLong() &gt;&gt;&gt; 1, drawn again while
     * r ≥ 2^63 − (2^63 mod bound), then r mod bound. Written out (rather than {@code nextLong(bound)}) so the
     * documented draw does not depend on the JDK's private bounded-draw algorithm.
     */
    public static long uniform(SplittableRandom rng, long bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound " + bound + " < 1");
        }
        long twoTo63ModBound = Long.remainderUnsigned(Long.MIN_VALUE, bound);
        long limit = Long.MIN_VALUE - twoTo63ModBound; // 2^63 − (2^63 mod bound), as an unsigned value
        while (true) {
            long r = rng.nextLong() >>> 1;
            if (Long.compareUnsigned(r, limit) < 0) {
                return r % bound;
            }
        }
    }

    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long firstLong(byte[] hash) {
        return ByteBuffer.wrap(hash, 0, 8).getLong();
    }
}
