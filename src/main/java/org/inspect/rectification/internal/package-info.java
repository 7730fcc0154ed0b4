/** The machinery of rectification: the hash chain, the evidence folder, the county ledgers' reader and writer. */
package org.inspect.rectification.internal;
