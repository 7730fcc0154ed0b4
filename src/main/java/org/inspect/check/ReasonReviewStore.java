package org.inspect.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.inspect.store.Database;
import org.inspect.store.Jdbc;
import org.inspect.store.Sql;

/**
 * The reasons of a check run that the reader could not place (需人工研判, issue 14). Writes are idempotent per
 * household: {@link #replace} deletes what a chunk's households already have in the run, then inserts.
 */
public final class ReasonReviewStore {

    private final Database db;

    public ReasonReviewStore(Database db) {
        this.db = db;
    }

    /** One reason to read: the case, its county, the reason and what the reader could not place. */
    public record Row(String householdId, String caseId, String countyCode, String reason, String note) {
    }

    /**
     * Replaces the rows of {@code households} in the run by {@code rows}; {@code households} may be empty when
     * none of them can have rows yet (a first execution writes each household once).
     */
    public void replace(long runId, Collection<String> households, List<Row> rows) {
        if (households.isEmpty() && rows.isEmpty()) {
            return;
        }
        Sql.inTransaction(db, c -> {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM reason_review WHERE check_run_id = ? AND household_id = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO reason_review (check_run_id, household_id, "
                            + "case_id, county_code, reason, note) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (String h : households) {
                    del.setLong(1, runId);
                    del.setString(2, h);
                    del.addBatch();
                }
                if (!households.isEmpty()) {
                    del.executeBatch();
                }
                for (Row r : rows) {
                    ins.setLong(1, runId);
                    ins.setString(2, r.householdId());
                    ins.setString(3, r.caseId());
                    ins.setString(4, r.countyCode());
                    ins.setString(5, cut(r.reason(), 2000));
                    ins.setString(6, cut(r.note(), 4000));
                    ins.addBatch();
                }
                if (!rows.isEmpty()) {
                    ins.executeBatch(); // HSQLDB refuses an empty batch
                }
            }
        });
    }

    /** The run's reasons to read, by county, household and case (sorted in Java: collation-independent). */
    public List<Row> of(long runId) {
        List<Row> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT household_id, case_id, "
                + "county_code, reason, note FROM reason_review WHERE check_run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the reasons to review");
        }
        out.sort(Comparator.comparing((Row r) -> r.countyCode() == null ? "" : r.countyCode())
                .thenComparing(Row::householdId).thenComparing(Row::caseId));
        return out;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
