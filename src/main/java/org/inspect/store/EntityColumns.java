package org.inspect.store;

import jakarta.persistence.Column;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapped fields of a roll entity class, in declaration order, with their column names: the entity's
 * {@code @Column} annotations stay the single description of a row, while the bulk paths (the import's batch
 * inserts, the household cursor's page reads) go through plain JDBC, several times cheaper than Hibernate's
 * per-row machinery.
 */
final class EntityColumns {

    private static final Map<Class<?>, EntityColumns> CACHE = new ConcurrentHashMap<>();

    private final Constructor<?> constructor;
    private final Field[] fields;
    private final List<String> columns;

    private EntityColumns(Constructor<?> constructor, Field[] fields, List<String> columns) {
        this.constructor = constructor;
        this.fields = fields;
        this.columns = columns;
    }

    static EntityColumns of(Class<?> type) {
        return CACHE.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            for (Field f : t.getDeclaredFields()) {
                Column col = f.getAnnotation(Column.class);
                if (col != null) {
                    f.setAccessible(true);
                    fields.add(f);
                    columns.add(col.name());
                }
            }
            try {
                Constructor<?> c = t.getDeclaredConstructor();
                c.setAccessible(true);
                return new EntityColumns(c, fields.toArray(new Field[0]), List.copyOf(columns));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t + " has no no-argument constructor", e);
            }
        });
    }

    /** The column list, optionally qualified by a table alias ({@code "r"} gives {@code r.a, r.b}). */
    String selectList(String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return prefix + String.join(", " + prefix, columns);
    }

    String insertSql(String table) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** PostgreSQL's bulk path: the statement that reads rows of {@link #appendCsv} from the client. */
    String copySql(String table) {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
    }

    /**
     * Appends the entity as one line of COPY's CSV format: null as an empty unquoted field, every text quoted
     * (so that an empty text stays an empty text), quotes doubled.
     */
    void appendCsv(StringBuilder out, Object entity) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = fields[i].get(entity);
                if (v instanceof String text) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (v instanceof BigDecimal d) {
                    out.append(d.toPlainString());
                } else if (v != null) {
                    out.append(v); // numbers, booleans (true/false) and ISO dates as COPY reads them
                }
            }
            out.append('\n');
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    void bind(PreparedStatement ps, Object entity) throws SQLException {
        try {
            for (int i = 0; i < fields.length; i++) {
                Object v = fields[i].get(entity);
                if (v instanceof LocalDate d) {
                    v = java.sql.Date.valueOf(d);
                }
                ps.setObject(i + 1, v);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of one mapped column of an entity. */
    Object value(Object entity, String column) {
        try {
            return fields[position(column) - 1].get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new entity from the columns of the current row that start at {@code first} (1-based), in {@link #selectList} order. */
    Object read(ResultSet rs, int first) throws SQLException {
        try {
            Object e = constructor.newInstance();
            for (int i = 0; i < fields.length; i++) {
                Field f = fields[i];
                int col = first + i;
                Class<?> type = f.getType();
                if (type == String.class) {
                    f.set(e, rs.getString(col));
                } else if (type == long.class) {
                    f.setLong(e, rs.getLong(col));
                } else if (type == boolean.class) {
                    f.setBoolean(e, rs.getBoolean(col));
                } else if (type == int.class) {
                    f.setInt(e, rs.getInt(col));
                } else if (type == BigDecimal.class) {
                    f.set(e, rs.getBigDecimal(col));
                } else if (type == LocalDate.class) {
                    // straight from the text or the day number: getDate went through a Calendar of the JVM's zone,
                    // a third of the reading of a row on PostgreSQL (issue 25)
                    f.set(e, rs.getObject(col, LocalDate.class));
                } else {
                    f.set(e, rs.getObject(col, type));
                }
            }
            return e;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1-based position of a column in {@link #selectList} order. */
    int position(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + constructor.getDeclaringClass());
        }
        return i + 1;
    }
}
