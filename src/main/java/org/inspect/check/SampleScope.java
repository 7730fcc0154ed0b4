package org.inspect.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.inspect.store.Database;

/** The cases and households of a sample run, for a check restricted to the sample. */
public final class SampleScope {

    private final Database db;
    private final long sampleRunId;

    public SampleScope(Database db, long sampleRunId) {
        this.db = db;
        this.sampleRunId = sampleRunId;
    }

    /** Households of sampled cases in a county. */
    public Set<String> households(String countyCode) {
        return strings("SELECT DISTINCT household_id FROM sample_case WHERE sample_run_id = ? AND county_code = ?",
                countyCode);
    }

    public Set<String> cases() {
        return strings("SELECT case_id FROM sample_case WHERE sample_run_id = ?", null);
    }

    public long householdCount() {
        return strings("SELECT DISTINCT household_id FROM sample_case WHERE sample_run_id = ?", null).size();
    }

    private Set<String> strings(String sql, String arg) {
        Set<String> out = new HashSet<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sampleRunId);
            if (arg != null) {
                ps.setString(2, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
