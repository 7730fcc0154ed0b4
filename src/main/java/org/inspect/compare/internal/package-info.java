/** The Hibernate mapping of a compare run's row (its lists are bulk rows written by JDBC). */
package org.inspect.compare.internal;
