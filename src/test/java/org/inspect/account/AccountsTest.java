package org.inspect.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.inspect.context.Actor;
import org.inspect.context.Context;
import org.inspect.context.Policy;
import org.inspect.context.Role;
import org.inspect.error.ConflictException;
import org.inspect.error.ForbiddenException;
import org.inspect.store.Database;
import org.inspect.testing.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts (issue 21): the first admin, roles and counties, Argon2id hashes, the lock, disabled accounts. */
class AccountsTest {

    @TempDir
    static Path dir;

    private static Database db;
    private static final Instant T0 = Instant.parse("2019-04-02T08:30:00Z");

    @BeforeAll
    static void open() {
        db = Database.open(dir);
        Accounts bootstrap = at(T0, Actor.operator("holder"));
        assertFalse(bootstrap.any());
        assertThrows(ConflictException.class, () -> bootstrap.add("zz", Role.LEADER, null, pw("leader-pass")),
                "the first account is an admin");
        bootstrap.add("admin", Role.ADMIN, null, pw("admin-pass"));
        Accounts admin = at(T0, new Actor("admin", Role.ADMIN, null));
        admin.add("taishan", Role.COUNTY, "泰山区", pw("county-pass"));
        admin.add("zuzhang", Role.LEADER, null, pw("leader-pass"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Accounts at(Instant when, Actor actor) {
        return new Accounts(db, new Context(Clock.fixed(when, ZoneId.of("Asia/Shanghai")), actor, Locale.ROOT),
                Policy.DEFAULT);
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void signsInAsTheAccountsRoleAndCounty() {
        Actor a = at(T0, Actor.operator("x")).signIn("taishan", pw("county-pass"));
        assertEquals(new Actor("taishan", Role.COUNTY, "370902"), a, "the county's name is stored as its code");
    }

    @Test
    void keepsOnlyAnArgon2idHashWithItsOwnSalt() {
        List<String> hashes = Tables.rows(db, "SELECT password_hash FROM account ORDER BY name", null);
        assertTrue(hashes.stream().allMatch(h -> h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")), hashes::toString);
        assertTrue(hashes.stream().noneMatch(h -> h.contains("pass")));
        assertEquals(hashes.size(), hashes.stream().map(h -> h.split("\\$")[4]).distinct().count(), "one salt each");
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        Accounts leader = at(T0, new Actor("zuzhang", Role.LEADER, null));
        assertThrows(ForbiddenException.class, () -> leader.add("x1", Role.VIEWER, null, pw("viewer-pass")));
        assertThrows(ForbiddenException.class, () -> leader.disable("taishan"));
        assertThrows(ForbiddenException.class, leader::list);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        Accounts admin = at(T0, new Actor("admin", Role.ADMIN, null));
        admin.add("locky", Role.VIEWER, null, pw("right-pass"));
        for (int i = 1; i <= 4; i++) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> at(T0, Actor.operator("x")).signIn("locky", pw("wrong-pass")));
            assertEquals("account.signIn.failed", e.messageKey(), "attempt " + i);
        }
        ForbiddenException fifth = assertThrows(ForbiddenException.class,
                () -> at(T0, Actor.operator("x")).signIn("locky", pw("wrong-pass")));
        assertEquals("account.locked", fifth.messageKey());
        ForbiddenException stillLocked = assertThrows(ForbiddenException.class,
                () -> at(T0.plus(Duration.ofMinutes(14)), Actor.operator("x")).signIn("locky", pw("right-pass")));
        assertEquals("account.locked", stillLocked.messageKey(), "even the right password waits");
        assertEquals("locky", at(T0.plus(Duration.ofMinutes(16)), Actor.operator("x"))
                .signIn("locky", pw("right-pass")).name());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Accounts admin = at(T0, new Actor("admin", Role.ADMIN, null));
        admin.add("gone", Role.VIEWER, null, pw("gone-pass1"));
        admin.disable("gone");
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> at(T0, Actor.operator("x")).signIn("gone", pw("gone-pass1")));
        assertEquals("account.disabled", e.messageKey());
    }

    @Test
    void anUnknownNameAndAWrongPasswordSayTheSame() {
        ForbiddenException unknown = assertThrows(ForbiddenException.class,
                () -> at(T0, Actor.operator("x")).signIn("nobody", pw("whatever1")));
        assertEquals("account.signIn.failed", unknown.messageKey());
    }

    @Test
    void acceptsRolesInEnglishAndChinese() {
        assertEquals(Role.LEADER, Accounts.role("组长"));
        assertEquals(Role.LEADER, Accounts.role("leader"));
        assertEquals(Role.COUNTY, Accounts.role("县级经办"));
        assertEquals(Role.VIEWER, Accounts.role("只读"));
        assertThrows(org.inspect.error.BadInputException.class, () -> Accounts.role("operator"));
    }
}
