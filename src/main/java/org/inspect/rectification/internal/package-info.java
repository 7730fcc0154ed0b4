/**
 * The machinery of rectification: the hash chain, the evidence folder, the county ledgers' reader and writer, and the
 * Hibernate mappings of the items, the events and the chain head.
 */
package org.inspect.rectification.internal;
