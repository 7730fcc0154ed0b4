package org.inspect.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.inspect.importing.ImportService;
import org.inspect.importing.RollFile;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's table of text widths (Layout) is the migrated schema's, on the database of this run: a text the
 * validation lets through always fits its column, and no free-text column of the rolls goes unchecked.
 */
class ColumnLimitsTest {

    @TempDir
    Path tmp;

    @Test
    void everyTextLimitOfTheFormatIsItsColumnsWidth() throws Exception {
        try (Database db = Database.open(tmp.resolve("data")); Connection c = db.connection()) {
            for (RollFile f : RollFile.values()) {
                Map<String, Integer> widths = varcharWidths(c, ImportService.TABLES.get(f));
                for (Column col : Layout.columns(f)) {
                    Integer width = widths.get(col.name());
                    if (col.maxLength() > 0) {
                        assertEquals(width, col.maxLength(), f + "." + col.name());
                    } else if (width != null) {
                        assertTrue(width <= 20, f + "." + col.name() + " is text of " + width
                                + " characters stored as written: give it its limit in Layout");
                    }
                }
            }
        }
    }

    private static Map<String, Integer> varcharWidths(Connection c, String table) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (md.getColumnType(i) == Types.VARCHAR) {
                    out.put(md.getColumnName(i).toLowerCase(Locale.ROOT), md.getPrecision(i));
                }
            }
        }
        return out;
    }
}
