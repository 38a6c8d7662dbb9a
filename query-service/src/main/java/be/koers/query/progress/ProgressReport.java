package be.koers.query.progress;

import be.koers.planning.api.progress.ProgressStatus;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One report in an item's history: the status it replaced, and the progress it reported at the top level of its JSON. */
public record ProgressReport(ProgressStatus previousStatus, @JsonUnwrapped Progress reported) {

    static ProgressReport map(ResultSet rs, int rowNum) throws SQLException {
        String previous = rs.getString("previous_status");
        return new ProgressReport(previous == null ? null : ProgressStatus.valueOf(previous), Progress.map(rs, rowNum));
    }
}
