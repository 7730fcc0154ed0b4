/**
 * The {@code inspect} command line: one picocli command per verb, shared options ({@code --data}, {@code -v})
 * in {@link org.inspect.cli.GlobalOptions}, messages in the system locale, exit codes per class of failure.
 */
package org.inspect.cli;
