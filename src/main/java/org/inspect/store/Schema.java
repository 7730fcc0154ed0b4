package org.inspect.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.inspect.error.StorageException;
import org.inspect.store.DatabaseSettings.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, migrated by Flyway from {@code db/<kind>/V*.sql}: one folder per database, since HSQLDB's and
 * PostgreSQL's DDL differ (cached tables, CLOB and TEXT, dropping a primary key). A database made before Flyway,
 * whose versions the toolkit's own runner recorded in {@code schema_version}, is taken over at the version of the
 * last script it applied and upgraded from there, never rebuilt.
 */
public final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);
    /** The table in which the toolkit's runner before Flyway recorded the scripts it applied. */
    static final String LEGACY_TABLE = "schema_version";

    private Schema() {
    }

    /** The schema's state: the version applied and the scripts still to apply. */
    public record Status(String current, List<String> pending) {
    }

    /** Brings the schema to the newest version. */
    public static void migrate(DataSource ds, Kind kind) {
        try {
            Flyway flyway = flyway(ds, kind).load();
            legacyVersion(ds).ifPresent(v -> {
                LOG.info("taking over a database at schema {} from the toolkit's former migration runner", v);
                flyway(ds, kind).baselineVersion(v).baselineDescription("schema_version " + v).load().baseline();
            });
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot bring the database schema up to date: " + e.getMessage(), e)
                    .localized("error.db.migrate", e.getMessage());
        }
    }

    /** The version applied and the pending scripts, without changing anything. */
    public static Status status(DataSource ds, Kind kind) {
        org.flywaydb.core.api.MigrationInfoService info = flyway(ds, kind).load().info();
        MigrationInfo current = info.current();
        List<String> pending = java.util.Arrays.stream(info.pending()).map(MigrationInfo::getScript).toList();
        return new Status(current == null ? null : current.getVersion().getVersion(), pending);
    }

    /** Whether the database holds the toolkit's schema (a Flyway history, or the former runner's table). */
    public static boolean present(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return hasTable(c.getMetaData(), "flyway_schema_history") || hasTable(c.getMetaData(), LEGACY_TABLE);
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the schema");
        }
    }

    private static FluentConfiguration flyway(DataSource ds, Kind kind) {
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/" + kind.folder())
                .validateMigrationNaming(true);
    }

    /** The version the former runner reached, when the database has its table and no Flyway history yet. */
    private static java.util.Optional<String> legacyVersion(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            if (!hasTable(md, LEGACY_TABLE) || hasTable(md, "flyway_schema_history")) {
                return java.util.Optional.empty();
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT script FROM schema_version ORDER BY version DESC")) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                // V012__reason_review.sql -> 012: Flyway's version of the same script
                String script = rs.getString(1);
                return java.util.Optional.of(script.substring(1, script.indexOf("__")));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the former schema version");
        }
    }

    private static boolean hasTable(DatabaseMetaData md, String name) throws SQLException {
        for (String n : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = md.getTables(null, null, n, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
