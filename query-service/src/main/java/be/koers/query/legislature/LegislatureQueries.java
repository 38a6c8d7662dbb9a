package be.koers.query.legislature;

import be.koers.planning.api.legislature.FindLegislatures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers {@link FindLegislatures}: the administration's legislatures, oldest first. */
@Component
class LegislatureQueries {

    private final JdbcClient jdbc;

    LegislatureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LegislatureView> answer(FindLegislatures question) {
        return jdbc.sql("""
                        SELECT legislature_id, name, first_year, last_year, plan_id FROM legislature
                        WHERE tenant = :tenant ORDER BY first_year, name, legislature_id""")
                .param("tenant", question.tenant().value())
                .query((rs, rowNum) -> new LegislatureView(rs.getString("legislature_id"), rs.getString("name"),
                        rs.getInt("first_year"), rs.getInt("last_year"), rs.getString("plan_id")))
                .list();
    }
}
