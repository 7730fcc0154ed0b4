package org.inspect.importing.internal;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to long values, about 20 bytes an entry: the validator's key sets
 * for a province (a million households, three million members) without a String per key.
 */
public final class LongMap {

    private static final long FREE = 0L;

    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;
    private boolean hasZero;
    private long zeroValue;

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    public boolean contains(long key) {
        return key == FREE ? hasZero : keys[slot(key)] == key;
    }

    /** The value of {@code key}, or {@code absent}. */
    public long get(long key, long absent) {
        if (key == FREE) {
            return hasZero ? zeroValue : absent;
        }
        int i = slot(key);
        return keys[i] == key ? values[i] : absent;
    }

    /** Puts a value; returns whether the key was new. */
    public boolean put(long key, long value) {
        if (key == FREE) {
            boolean added = !hasZero;
            hasZero = true;
            zeroValue = value;
            return added;
        }
        int i = slot(key);
        boolean added = keys[i] != key;
        keys[i] = key;
        values[i] = value;
        if (added && ++size * 2 > keys.length) {
            grow();
        }
        return added;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
