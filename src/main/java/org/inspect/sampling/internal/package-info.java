/**
 * Machinery of the draw: binomial and hypergeometric sums, plan JSON, the counting-and-hashing pass over the
 * frame, Knuth's selection sampling and the load-balancing inspector assignment; the Hibernate mapping of a
 * sample run's row ({@code SampleRunEntity}).
 */
package org.inspect.sampling.internal;
