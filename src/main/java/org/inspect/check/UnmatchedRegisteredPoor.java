package org.inspect.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.inspect.model.PovertyStatus;
import org.inspect.model.RegisteredPoorPerson;
import org.inspect.store.Database;

/** Streams the registered poor households none of whose members is a member of a civil-affairs household. */
public final class UnmatchedRegisteredPoor {

    private UnmatchedRegisteredPoor() {
    }

    /** Calls {@code sink} once per unmatched poor household, in poor-household-id order, with its rows. */
    public static void forEach(Database db, long snapshotId, BiConsumer<String, List<RegisteredPoorPerson>> sink) {
        String sql = "SELECT r.poor_household_id, r.id_number, r.name, r.county_code, r.status, r.poverty_cause "
                + "FROM registered_poor r WHERE r.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM registered_poor r2 "
                + "JOIN member m ON m.snapshot_id = r2.snapshot_id AND m.id_number = r2.id_number "
                + "WHERE r2.snapshot_id = r.snapshot_id AND r2.poor_household_id = r.poor_household_id) "
                + "ORDER BY r.poor_household_id, r.source_line";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, snapshotId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                String current = null;
                List<RegisteredPoorPerson> rows = new ArrayList<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (current != null && !current.equals(id)) {
                        sink.accept(current, rows);
                        rows = new ArrayList<>();
                    }
                    current = id;
                    rows.add(new RegisteredPoorPerson(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            PovertyStatus.valueOf(rs.getString(5)), rs.getString(6)));
                }
                if (current != null) {
                    sink.accept(current, rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
