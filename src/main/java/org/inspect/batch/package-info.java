/** The Jakarta Batch runtime (JBeret SE without CDI) with its job repository in the toolkit's database. */
package org.inspect.batch;
