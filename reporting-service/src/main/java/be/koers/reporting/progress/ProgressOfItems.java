package be.koers.reporting.progress;

import be.koers.planning.api.progress.ProgressStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** The progress of a plan's activities and actions, for the features that report on it. */
@Component
public class ProgressOfItems {

    private final JdbcClient jdbc;

    ProgressOfItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By element id; items nobody reported on yet are not in it. */
    public Map<String, ReportedProgress> ofPlan(String planId) {
        Map<String, ReportedProgress> progress = new HashMap<>();
        jdbc.sql("SELECT element_id, status, percent_complete FROM item_progress WHERE plan_id = :planId")
                .param("planId", planId)
                .query(rs -> {
                    progress.put(rs.getString("element_id"), new ReportedProgress(
                            ProgressStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete")));
                });
        return progress;
    }
}
