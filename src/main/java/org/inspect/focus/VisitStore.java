package org.inspect.focus;

import org.inspect.store.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.inspect.store.Database;
import org.inspect.store.Sql;

/**
 * The home visits of household samples (table {@code focus_visit}): what the field team found in a sampled
 * household. Recording a household again replaces its visit, so the verb is idempotent.
 */
public final class VisitStore {

    /** What a visit found: eligible for dibao (a missed dibao confirmed in the field), for tekun, or neither. */
    public enum Result { DIBAO, TEKUN, NONE }

    private final Database db;

    public VisitStore(Database db) {
        this.db = db;
    }

    /** Deletes the visits of a sample run (the run itself is being deleted). */
    public void deleteOfRun(long sampleRunId) {
        Sql.update(db, "DELETE FROM focus_visit WHERE sample_run_id = ?", sampleRunId);
    }

    /** Records (or replaces) the visit of a household of a sample run. */
    public void record(long sampleRunId, String householdId, Result result, String by, String note,
            LocalDateTime visitedAt) {
        Sql.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM focus_visit WHERE sample_run_id = ? AND household_id = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO focus_visit (sample_run_id, household_id, "
                            + "result, visited_by, visited_at, note) VALUES (?, ?, ?, ?, ?, ?)")) {
                del.setLong(1, sampleRunId);
                del.setString(2, householdId);
                del.executeUpdate();
                ins.setLong(1, sampleRunId);
                ins.setString(2, householdId);
                ins.setString(3, result.name());
                ins.setString(4, by);
                ins.setTimestamp(5, Timestamp.valueOf(visitedAt));
                ins.setString(6, note);
                ins.executeUpdate();
            }
        });
    }

    /** One recorded visit: who visited, when and what they noted. */
    public record Visit(String householdId, Result result, String by, LocalDateTime at, String note) {
    }

    /** The visits of a sample run with who, when and what was noted, in household-id order. */
    public java.util.List<Visit> details(long sampleRunId) {
        java.util.List<Visit> out = new java.util.ArrayList<>();
        try (var c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT household_id, result, "
                + "visited_by, visited_at, note FROM focus_visit WHERE sample_run_id = ? ORDER BY household_id")) {
            ps.setLong(1, sampleRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Visit(rs.getString(1), Result.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getTimestamp(4).toLocalDateTime(), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }

    /** The visits of a sample run: household id → result, in household-id order. */
    public Map<String, Result> visits(long sampleRunId) {
        Map<String, Result> out = new TreeMap<>();
        try (var c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT household_id, result FROM focus_visit WHERE sample_run_id = ?")) {
            ps.setLong(1, sampleRunId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Result.valueOf(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e);
        }
        return out;
    }
}
