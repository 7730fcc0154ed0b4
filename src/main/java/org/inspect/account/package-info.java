/**
 * The team's accounts (issue 21): who may sign in, with which role and county, their Argon2id password hashes,
 * the lock after too many wrong passwords, and the log of what each account did. The permissions a role grants are
 * {@link org.inspect.context.Permission}'s, checked by the services themselves; the CLI ({@code users}, {@code --user})
 * and the web application sign in here.
 */
package org.inspect.account;
