package org.inspect.demo.internal;

import java.util.List;
import java.util.SplittableRandom;

/** A random stream for one unit of the demo city, derived from the seed, the unit index and a salt. */
final class Rnd {

    private final SplittableRandom random;

    Rnd(long seed, long index, long salt) {
        random = new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + salt) ^ (index * 0xD1B54A32D192ED03L)));
    }

    /** The murmur3 finaliser, so neighbouring indexes give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    int between(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pickOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the given weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
