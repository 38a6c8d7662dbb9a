package be.koers.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A flaw planted in a read model's table, as a faulty release would leave one: a trigger that refuses the rows whose
 * column holds one value, however often they are tried. Closing it is the fix.
 */
public final class ReadModelFlaw implements AutoCloseable {

    private final FreshDatabase database;
    private final String table;

    private ReadModelFlaw(FreshDatabase database, String table) {
        this.database = database;
        this.table = table;
    }

    public static ReadModelFlaw refusing(FreshDatabase database, String table, String column, String value) {
        ReadModelFlaw flaw = new ReadModelFlaw(database, table);
        flaw.execute("""
                CREATE OR REPLACE FUNCTION %1$s() RETURNS trigger AS $$
                BEGIN
                    IF NEW.%2$s = '%3$s' THEN
                        RAISE EXCEPTION 'a flaw of the read model refuses %2$s %%', NEW.%2$s;
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(flaw.name(), column, value.replace("'", "''")));
        flaw.execute("CREATE TRIGGER %1$s BEFORE INSERT OR UPDATE ON %2$s FOR EACH ROW EXECUTE FUNCTION %1$s()"
                .formatted(flaw.name(), table));
        return flaw;
    }

    /** The fix. */
    @Override
    public void close() {
        execute("DROP TRIGGER IF EXISTS %s ON %s".formatted(name(), table));
        execute("DROP FUNCTION IF EXISTS %s()".formatted(name()));
    }

    private String name() {
        return "refuse_" + table;
    }

    private void execute(String sql) {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
