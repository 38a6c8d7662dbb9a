package be.koers.query.progress;

import be.koers.planning.api.progress.ProgressStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Where an activity or action stands, as last reported. */
public record Progress(ProgressStatus status, int percentComplete, String comment, String cancellationReason,
                       LocalDate postponedTo, Instant reportedAt, String reportedBy) {

    static Progress map(ResultSet rs, int rowNum) throws SQLException {
        return new Progress(ProgressStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete"),
                rs.getString("comment"), rs.getString("cancellation_reason"),
                rs.getObject("postponed_to", LocalDate.class),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getString("reported_by"));
    }
}
