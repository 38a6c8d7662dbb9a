package be.koers.query.indicator;

import be.koers.planning.api.indicator.MeasurementPeriod;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One value ever recorded for a period: revision 1 as first recorded, 2, 3 … each correcting the one before, with
 * the reason given for it.
 */
public record ScoreRevision(MeasurementPeriod period, int revision, BigDecimal value, BigDecimal previousValue,
                            String comment, String evidenceLink, String reason, Instant at, String by) {

    static ScoreRevision map(ResultSet rs, int rowNum) throws SQLException {
        return new ScoreRevision(MeasurementPeriod.parse(rs.getString("period")), rs.getInt("revision"),
                rs.getBigDecimal("value"), rs.getBigDecimal("previous_value"), rs.getString("comment"),
                rs.getString("evidence_link"), rs.getString("reason"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
    }
}
