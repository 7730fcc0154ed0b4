/**
 * The bench's machinery: the steps' JVMs and the answer-key comparison. The plain-JDBC baselines it measures
 * against are the storage layer's own measuring sticks, in {@code org.inspect.store.internal}.
 */
package org.inspect.bench.internal;
