package be.koers.reporting.indicator;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.MeasurementPeriod;
import be.koers.planning.api.indicator.Target;
import be.koers.projection.SqlArrays;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

@Component
public class IndicatorRepository {

    private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IndicatorRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The plan's indicators in the order of their names, with their scores. */
    public List<IndicatorFacts> ofPlan(String planId) {
        Map<String, NavigableMap<MeasurementPeriod, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("""
                        SELECT s.indicator_id, s.period, s.value FROM indicator_score s
                        JOIN report_indicator i USING (indicator_id) WHERE i.plan_id = :planId""")
                .param("planId", planId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString("indicator_id"), id -> new TreeMap<>())
                            .put(MeasurementPeriod.parse(rs.getString("period")), rs.getBigDecimal("value"));
                });
        return jdbc.sql("SELECT * FROM report_indicator WHERE plan_id = :planId ORDER BY name, indicator_id")
                .param("planId", planId)
                .query((rs, row) -> facts(rs, scores.getOrDefault(rs.getString("indicator_id"), new TreeMap<>())))
                .list();
    }

    private IndicatorFacts facts(ResultSet rs, NavigableMap<MeasurementPeriod, BigDecimal> scores) throws SQLException {
        Date baselineDate = rs.getDate("baseline_date");
        return new IndicatorFacts(rs.getString("indicator_id"), rs.getString("plan_id"), rs.getString("name"),
                rs.getString("unit"), IndicatorKind.valueOf(rs.getString("kind")), Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("baseline_value"),
                baselineDate == null ? null : baselineDate.toLocalDate(), targets(rs.getString("targets")),
                SqlArrays.toListOrEmpty(rs.getArray("linked_elements")), rs.getBoolean("retired"), rs.getString("previous_indicator_id"),
                rs.getString("previous_plan_id"), scores);
    }

    private List<Target> targets(String text) {
        try {
            return json.readValue(text, TARGETS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored targets are not readable JSON", e);
        }
    }
}
