package org.inspect.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JBeret's JOB_EXECUTION table (its JDBC job repository lives in the toolkit's database) for what the job
 * operator does not answer directly: how many executions an instance has had, its newest one, the newest of all.
 * Plain JDBC: the table is JBeret's, not mapped.
 */
public final class JobExecutionStore {

    private final Database db;

    public JobExecutionStore(Database db) {
        this.db = db;
    }

    /** The ids of the executions of a job instance (in no particular order). */
    public List<Long> executionIdsOf(long jobInstanceId) {
        return executionIds("SELECT JOBEXECUTIONID FROM JOB_EXECUTION WHERE JOBINSTANCEID = " + jobInstanceId);
    }

    /** The id of the newest execution of a job instance, or null when it has none. */
    public Long latestExecutionOf(long jobInstanceId) {
        List<Long> ids = executionIds("SELECT JOBEXECUTIONID FROM JOB_EXECUTION WHERE JOBINSTANCEID = "
                + jobInstanceId + " ORDER BY JOBEXECUTIONID DESC LIMIT 1");
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The ids of the newest {@code limit} executions of every job, newest first. */
    public List<Long> latestExecutions(int limit) {
        return executionIds("SELECT JOBEXECUTIONID FROM JOB_EXECUTION ORDER BY JOBEXECUTIONID DESC LIMIT " + limit);
    }

    private List<Long> executionIds(String sql) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw Jdbc.translate(e, "reading the job executions");
        }
        return ids;
    }
}
