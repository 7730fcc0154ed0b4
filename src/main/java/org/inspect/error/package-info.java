/** The small exception hierarchy behind the CLI's exit codes: bad input, not found, conflict, mismatch. */
package org.inspect.error;
