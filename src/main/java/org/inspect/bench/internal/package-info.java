/** The bench's machinery: the steps' JVMs, the plain-JDBC baselines and the answer-key comparison. */
package org.inspect.bench.internal;
