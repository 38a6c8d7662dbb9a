package be.koers.query.live;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads change feeds. Only committed changes are visible, and they commit in number order. */
@Component
class FeedRows {

    private final JdbcClient jdbc;

    FeedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of the latest change of each plan; a plan without changes is absent. */
    Map<PlanKey, Long> heads(Collection<PlanKey> plans) {
        Set<PlanKey> wanted = Set.copyOf(plans);
        Map<PlanKey, Long> heads = new HashMap<>();
        jdbc.sql("SELECT tenant, plan_id, last_seq FROM feed_counter WHERE plan_id = ANY (:planIds)")
                .param("planIds", plans.stream().map(PlanKey::planId).distinct().toArray(String[]::new))
                .query(rs -> {
                    // the same plan id in another tenant is another plan
                    PlanKey plan = new PlanKey(rs.getString("tenant"), rs.getString("plan_id"));
                    if (wanted.contains(plan)) {
                        heads.put(plan, rs.getLong("last_seq"));
                    }
                });
        return heads;
    }

    long head(PlanKey plan) {
        return heads(List.of(plan)).getOrDefault(plan, 0L);
    }

    /** Up to {@code limit} changes of the plan numbered after {@code afterSeq}, in number order. */
    List<Change> after(PlanKey plan, long afterSeq, int limit) {
        return jdbc.sql("""
                        SELECT seq, indicator_id, type, data::text AS data, created_at FROM change_feed
                        WHERE tenant = :tenant AND plan_id = :planId AND seq > :after ORDER BY seq LIMIT :limit""")
                .param("tenant", plan.tenant())
                .param("planId", plan.planId())
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, rowNum) -> new Change(rs.getLong("seq"), rs.getString("indicator_id"), rs.getString("type"),
                        rs.getString("data"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
