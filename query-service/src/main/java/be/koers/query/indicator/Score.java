package be.koers.query.indicator;

import be.koers.planning.api.indicator.MeasurementPeriod;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The current value of one period: the latest revision, by whom and when it was recorded. */
record Score(MeasurementPeriod period, BigDecimal value, int revision, String comment, String evidenceLink,
             Instant recordedAt, String recordedBy) {

    static Score map(ResultSet rs, int rowNum) throws SQLException {
        return new Score(MeasurementPeriod.parse(rs.getString("period")), rs.getBigDecimal("value"), rs.getInt("revision"),
                rs.getString("comment"), rs.getString("evidence_link"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
    }
}
