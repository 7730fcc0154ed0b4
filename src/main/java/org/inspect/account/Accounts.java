package org.inspect.account;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inspect.account.internal.Argon2id;
import org.inspect.context.Actor;
import org.inspect.context.Context;
import org.inspect.context.Permission;
import org.inspect.context.Policy;
import org.inspect.context.Role;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.ForbiddenException;
import org.inspect.error.NotFoundException;
import org.inspect.model.Counties;
import org.inspect.store.Database;

/**
 * The team's accounts (issue 21): adding them (the first one, an administrator, by whoever holds the database),
 * passwords, disabling, signing in with a lock after too many wrong passwords, and the log of what each did. The
 * CLI and the web call the same methods.
 */
public final class Accounts {

    /** The shortest password taken. */
    static final int MIN_PASSWORD = 8;

    private final AccountStore store;
    private final Argon2id hashes = new Argon2id();
    private final Context context;
    private final Policy policy;

    /** The accounts of {@code db}, managed by {@code context}'s actor, locks as {@code policy} says. */
    public Accounts(Database db, Context context, Policy policy) {
        this.store = new AccountStore(db);
        this.context = context;
        this.policy = policy;
    }

    /** Whether the database has any account: then every moving command needs one. */
    public boolean any() {
        return store.any();
    }

    /**
     * Adds an account; the county (a code or a county's name) is required for a county officer and refused for any
     * other role. The first account of a database must be an administrator, and anyone may add it; later ones need
     * an administrator.
     */
    public Account add(String name, Role role, String county, char[] password) {
        Actor by = context.actor();
        if (store.any()) {
            by.require(Permission.MANAGE_ACCOUNTS);
        } else if (role != Role.ADMIN) {
            throw new ConflictException("the first account must be an admin").localized("account.firstAdmin");
        }
        if (role == Role.OPERATOR) {
            throw new BadInputException("no account is an operator").localized("account.badRole", role.name());
        }
        String clean = name(name);
        String code = county(role, county);
        checkPassword(password);
        if (store.find(clean).isPresent()) {
            throw new ConflictException("account " + clean + " exists").localized("account.exists", clean);
        }
        store.insert(clean, role, code, hashes.hash(password), now());
        store.log(now(), by.name(), "users add", clean + " " + role + (code == null ? "" : " " + code));
        return store.find(clean).orElseThrow();
    }

    /** Sets {@code name}'s password (an administrator, or the account itself); this also lifts a lock. */
    public void passwd(String name, char[] password) {
        Actor by = context.actor();
        if (!by.name().equals(name) || by.role() == Role.OPERATOR) {
            by.require(Permission.MANAGE_ACCOUNTS);
        }
        existing(name);
        checkPassword(password);
        store.setHash(name, hashes.hash(password), now());
        store.log(now(), by.name(), "users passwd", name);
    }

    /** Disables {@code name}: it can no longer sign in; what it did stays recorded under its name. */
    public void disable(String name) {
        Actor by = context.actor();
        by.require(Permission.MANAGE_ACCOUNTS);
        existing(name);
        store.setDisabled(name, true, now());
        store.log(now(), by.name(), "users disable", name);
    }

    /** Every account (administrators only). */
    public List<Account> list() {
        context.actor().require(Permission.MANAGE_ACCOUNTS);
        return store.all();
    }

    /**
     * The actor {@code name} signs in as, if {@code password} is its own and it is neither disabled nor locked. A
     * wrong password counts; the configured number in a row locks the account for the configured time. The refusal
     * says the same for an unknown name and a wrong password.
     */
    public Actor signIn(String name, char[] password) {
        LocalDateTime now = now();
        Optional<Account> found = name == null ? Optional.empty() : store.find(name.strip());
        if (found.isEmpty()) {
            hashes.verify(password, DUMMY); // as long as a real check, so timing does not tell names apart
            throw failed();
        }
        Account a = found.get();
        if (a.disabled()) {
            store.log(now, a.name(), "sign-in refused", "disabled");
            throw new ForbiddenException("account " + a.name() + " is disabled").localized("account.disabled",
                    a.name());
        }
        if (a.lockedAt(now)) {
            store.log(now, a.name(), "sign-in refused", "locked");
            throw locked(a.name(), a.lockedUntil());
        }
        if (!hashes.verify(password, store.hash(a.name()))) {
            int failed = a.failedAttempts() + 1;
            if (failed >= policy.lockAttempts()) {
                LocalDateTime until = now.plus(policy.lockFor());
                store.setFailures(a.name(), 0, until);
                store.log(now, a.name(), "locked", failed + " wrong passwords");
                throw locked(a.name(), until);
            }
            store.setFailures(a.name(), failed, null);
            store.log(now, a.name(), "sign-in failed", null);
            throw failed();
        }
        store.setFailures(a.name(), 0, null);
        store.log(now, a.name(), "sign-in", null);
        return a.actor();
    }

    /** Records in the log that {@code context}'s account did {@code action} on {@code subject}. */
    public void record(String action, String subject) {
        store.log(now(), context.actor().name(), action, subject);
    }

    /** The newest lines of the log. */
    List<AccountStore.LogEntry> log(int limit) {
        context.actor().require(Permission.MANAGE_ACCOUNTS);
        return store.log(limit);
    }

    /** A hash of nothing anyone types, to spend the same time on an unknown name. */
    private static final String DUMMY = "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private static ForbiddenException failed() {
        return new ForbiddenException("wrong account name or password").localized("account.signIn.failed");
    }

    private static ForbiddenException locked(String name, LocalDateTime until) {
        return new ForbiddenException("account " + name + " is locked until " + until).localized("account.locked",
                name, until.withNano(0).toString().replace('T', ' '));
    }

    private void existing(String name) {
        if (store.find(name).isEmpty()) {
            throw new NotFoundException("no account " + name).localized("account.notFound", name);
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100 || !n.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '.' || c == '_' || c == '-')) {
            throw new BadInputException("bad account name: " + name).localized("account.badName", String.valueOf(name));
        }
        return n;
    }

    private static String county(Role role, String county) {
        if (role != Role.COUNTY) {
            if (county != null && !county.isBlank()) {
                throw new BadInputException("only a county officer has a county").localized("account.countyNotAllowed");
            }
            return null;
        }
        return Counties.resolve(county).orElseThrow(() -> new BadInputException("unknown county: " + county)
                .localized("account.badCounty", String.valueOf(county), Counties.listing()));
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new BadInputException("password too short").localized("account.shortPassword", MIN_PASSWORD);
        }
    }

    private LocalDateTime now() {
        return context.now();
    }

    /** A role given in English ({@code leader}, {@code county}) or Chinese (组长, 县级经办); never the operator. */
    public static Role role(String text) {
        String t = text == null ? "" : text.strip();
        for (Role r : Role.values()) {
            if (r != Role.OPERATOR && (r.name().equalsIgnoreCase(t) || r.chinese().equals(t)
                    || ALIASES.getOrDefault(t.toLowerCase(Locale.ROOT), "").equals(r.name()))) {
                return r;
            }
        }
        throw new BadInputException("unknown role: " + text).localized("account.badRole", String.valueOf(text));
    }

    /** Other English words for the roles. */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of("team-leader", "LEADER",
            "teamleader", "LEADER", "county-officer", "COUNTY", "officer", "COUNTY", "administrator", "ADMIN");
}
