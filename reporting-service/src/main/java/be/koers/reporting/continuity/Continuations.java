package be.koers.reporting.continuity;

import be.koers.reporting.plan.ElementRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Which element of an earlier legislature's plan the elements of a plan continue. */
@Component
public class Continuations {

    private final JdbcClient jdbc;

    Continuations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By element id; elements that continue nothing are not in it. */
    public Map<String, ElementRef> ofPlan(String planId) {
        Map<String, ElementRef> continued = new HashMap<>();
        jdbc.sql("SELECT element_id, previous_plan_id, previous_element_id FROM continuation WHERE plan_id = :planId")
                .param("planId", planId)
                .query(rs -> {
                    continued.put(rs.getString("element_id"),
                            new ElementRef(rs.getString("previous_plan_id"), rs.getString("previous_element_id")));
                });
        return continued;
    }
}
