/**
 * How services and batch jobs report progress without knowing the terminal: the {@link org.inspect.progress.Progress}
 * interface they are given; the CLI implements it.
 */
package org.inspect.progress;
