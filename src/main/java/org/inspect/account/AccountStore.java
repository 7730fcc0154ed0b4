package org.inspect.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspect.context.Role;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/**
 * The tables {@code account} and {@code account_log} (schema 20). Plain JDBC: a handful of rows read by key, no
 * life cycle an entity would help with.
 */
final class AccountStore {

    private static final String COLUMNS = "name, role, county_code, disabled, failed_attempts, locked_until, created_at";

    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    /** Whether any account exists (then the operator mode of an embedded database ends). */
    public boolean any() {
        return count("SELECT COUNT(*) FROM account") > 0;
    }

    public Optional<Account> find(String name) {
        List<Account> out = query("SELECT " + COLUMNS + " FROM account WHERE name = ?", name);
        return out.stream().findFirst();
    }

    /** Every account, by name. */
    public List<Account> all() {
        return query("SELECT " + COLUMNS + " FROM account ORDER BY name");
    }

    /** The password hash of {@code name}, or null. */
    String hash(String name) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM account WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading account " + name);
        }
    }

    void insert(String name, Role role, String county, String hash, LocalDateTime now) {
        Sql.update(db, "INSERT INTO account (name, role, county_code, password_hash, disabled, failed_attempts, "
                + "created_at, changed_at) VALUES (?, ?, ?, ?, FALSE, 0, ?, ?)", name, role.name(), county, hash,
                Timestamp.valueOf(now), Timestamp.valueOf(now));
    }

    void setHash(String name, String hash, LocalDateTime now) {
        Sql.update(db, "UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL, changed_at = ? "
                + "WHERE name = ?", hash, Timestamp.valueOf(now), name);
    }

    void setDisabled(String name, boolean disabled, LocalDateTime now) {
        Sql.update(db, "UPDATE account SET disabled = ?, changed_at = ? WHERE name = ?", disabled,
                Timestamp.valueOf(now), name);
    }

    /** Records the attempts in a row that failed and, when they lock it, until when. */
    void setFailures(String name, int failed, LocalDateTime lockedUntil) {
        Sql.update(db, "UPDATE account SET failed_attempts = ?, locked_until = ? WHERE name = ?", failed,
                lockedUntil == null ? null : Timestamp.valueOf(lockedUntil), name);
    }

    /** A line of the account log. */
    public record LogEntry(long id, LocalDateTime at, String account, String action, String subject) {
    }

    void log(LocalDateTime at, String account, String action, String subject) {
        Sql.update(db, "INSERT INTO account_log (logged_at, account, action, subject) VALUES (?, ?, ?, ?)",
                Timestamp.valueOf(at), account, action, subject == null || subject.length() <= 1000 ? subject
                        : subject.substring(0, 1000));
    }

    /** The newest {@code limit} lines of the log, newest first. */
    public List<LogEntry> log(int limit) {
        List<LogEntry> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, logged_at, account, action, subject FROM account_log ORDER BY id DESC")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LogEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the account log");
        }
        return out;
    }

    private int count(String sql) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the accounts");
        }
    }

    private List<Account> query(String sql, Object... args) {
        List<Account> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp locked = rs.getTimestamp(6);
                    out.add(new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getBoolean(4), rs.getInt(5), locked == null ? null : locked.toLocalDateTime(),
                            rs.getTimestamp(7).toLocalDateTime()));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the accounts");
        }
        return out;
    }
}
