/**
 * Machinery of the import: CSV encoding detection and reading (commons-csv), streaming xlsx reading (POI
 * event model with StAX), header matching, typed cell parsing, per-file row parsers, compact key sets.
 */
package org.inspect.importing.internal;
