package org.inspect.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/**
 * The counts a desk check took as it went ({@link HouseholdTally}), table {@code check_tally}: one row per writer
 * chunk, county and label, so a replayed chunk replaces its own rows and never counts twice.
 */
public final class TallyStore {

    private final Database db;

    public TallyStore(Database db) {
        this.db = db;
    }

    /** One chunk's counts in one county: its households from {@code first} to {@code last} in id order. */
    public record Chunk(String countyCode, String first, String last, Map<String, Integer> counts) {
    }

    /**
     * Stores a chunk's counts. With {@code replace} (a restarted execution, which may replay a chunk already
     * written) the rows of chunks starting within the chunk's span are deleted first.
     */
    public void write(long runId, Iterable<Chunk> chunks, boolean replace) {
        Sql.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM check_tally WHERE check_run_id = ? "
                    + "AND county_code = ? AND first_household BETWEEN ? AND ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO check_tally (check_run_id, county_code, "
                            + "first_household, label, households) VALUES (?, ?, ?, ?, ?)")) {
                boolean any = false;
                for (Chunk chunk : chunks) {
                    if (replace) {
                        del.setLong(1, runId);
                        del.setString(2, chunk.countyCode());
                        del.setString(3, chunk.first());
                        del.setString(4, chunk.last());
                        del.executeUpdate();
                    }
                    for (Map.Entry<String, Integer> e : chunk.counts().entrySet()) {
                        ins.setLong(1, runId);
                        ins.setString(2, chunk.countyCode());
                        ins.setString(3, chunk.first());
                        ins.setString(4, e.getKey());
                        ins.setInt(5, e.getValue());
                        ins.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    ins.executeBatch();
                }
            }
        });
    }

    /** The run's counts: county → label → households (empty when the run took none). */
    public Map<String, Map<String, Long>> byCounty(long runId) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT county_code, label, "
                + "SUM(households) FROM check_tally WHERE check_run_id = ? GROUP BY county_code, label")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the counts of check run " + runId);
        }
        return out;
    }
}
