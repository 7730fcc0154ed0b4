/**
 * The Hibernate mappings of the check feature's rows: a check run, and a finding (read and written in bulk by JDBC,
 * its verdict through the entity). Like every feature's entity, they import nothing of the toolkit.
 */
package org.inspect.check.internal;
