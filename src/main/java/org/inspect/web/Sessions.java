package org.inspect.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.inspect.context.Actor;

/**
 * The server's sessions, in memory (a restart signs everyone out): a random id (the cookie), a synchronizer CSRF
 * token, the signed-in account (none before sign-in), and when it was last used. Signing in replaces the session, so
 * an id known before sign-in is worth nothing after it.
 */
final class Sessions {

    /** One browser's session. */
    static final class Session {
        final String id;
        final String csrf;
        final Actor actor;
        volatile Instant lastSeen;

        Session(String id, String csrf, Actor actor, Instant lastSeen) {
            this.id = id;
            this.csrf = csrf;
            this.actor = actor;
            this.lastSeen = lastSeen;
        }

        /** Whether {@code token} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Map<String, Session> live = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idle;

    Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    Duration idle() {
        return idle;
    }

    /** A session before sign-in (it carries the sign-in form's CSRF token). */
    Session anonymous() {
        return add(null);
    }

    /** The signed-in session of {@code actor}, replacing {@code before}. */
    Session signIn(Session before, Actor actor) {
        if (before != null) {
            live.remove(before.id);
        }
        return add(actor);
    }

    /** The live session of cookie value {@code id}; an expired one is dropped. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = live.get(id);
        Instant now = clock.instant();
        if (s == null) {
            return Optional.empty();
        }
        if (s.lastSeen.plus(idle).isBefore(now)) {
            live.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void end(Session s) {
        if (s != null) {
            live.remove(s.id);
        }
    }

    private Session add(Actor actor) {
        Session s = new Session(token(), token(), actor, clock.instant());
        live.put(s.id, s);
        live.values().removeIf(x -> x.lastSeen.plus(idle).isBefore(clock.instant()));
        return s;
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
