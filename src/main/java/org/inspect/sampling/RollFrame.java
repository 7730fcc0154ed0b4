package org.inspect.sampling;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.inspect.model.Decision;
import org.inspect.model.Program;
import org.inspect.store.Database;

/**
 * The frame of a snapshot, streamed from the database: every case joined to its household (county, township),
 * ordered by {@code case_id}. Both databases order text by code point (HSQLDB by default, PostgreSQL by the
 * schema's COLLATE "C"), which for the ids of the rolls is Java's
 * {@code String.compareTo}; the sampler still checks the order, so a collation that differed would stop the
 * draw instead of silently changing it. Each pass runs the query afresh: the roll is never held in memory.
 */
public final class RollFrame implements FrameSource {

    private static final String SQL = "SELECT c.case_id, c.household_id, h.county_code, h.township, c.program, "
            + "c.decision, c.decision_date FROM assistance_case c JOIN household h "
            + "ON h.snapshot_id = c.snapshot_id AND h.household_id = c.household_id "
            + "WHERE c.snapshot_id = ? ORDER BY c.case_id";

    private final Database db;
    private final long snapshotId;

    public RollFrame(Database db, long snapshotId) {
        this.db = db;
        this.snapshotId = snapshotId;
    }

    @Override
    public void forEach(Consumer<FrameCase> consumer) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date decided = rs.getDate(7);
                    consumer.accept(new FrameCase(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), Program.valueOf(rs.getString(5)), Decision.valueOf(rs.getString(6)),
                            decided == null ? null : decided.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the frame of snapshot " + snapshotId + ": "
                    + e.getMessage(), e);
        }
    }
}
