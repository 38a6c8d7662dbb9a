package be.koers.planning.api.plan;

import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The element an event names under its own component, without the stored JSON gaining a field. */
class ElementEventTest {

    @Test
    void aGoalAnswersItsGoalIdAndWritesOnlyItsOwnFields() {
        GoalDefined goal = new GoalDefined(TenantId.of("koersbeke"), PlanId.of("p"), ElementId.of("g"), null,
                Level.MAIN_STRATEGIC_GOAL, "A green city", null, null, true,
                new Tags(new TreeSet<>(Set.of("Environment")), null, null, new TreeSet<>(Set.of(11))));

        JsonNode written = new ObjectMapper().valueToTree(goal);

        assertThat(goal.elementId()).isEqualTo(ElementId.of("g"));
        assertThat(written.fieldNames()).toIterable().containsExactly("tenant", "planId", "goalId", "parentId", "level",
                "title", "description", "intendedResult", "priority", "tags");
    }
}
