package be.koers.query.plan;

import be.koers.projection.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The plan-level statements: mission, vision and core values. */
public record Statements(String mission, String vision, List<String> coreValues) {

    public static Statements map(ResultSet rs, int rowNum) throws SQLException {
        return new Statements(rs.getString("mission"), rs.getString("vision"), SqlArrays.toList(rs.getArray("core_values")));
    }
}
