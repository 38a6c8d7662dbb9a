package be.koers.planning.api.plan;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static be.koers.planning.api.plan.Level.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The three hierarchies administrations use, as the seeds describe them. */
class PlanTemplateTest {

    @Test
    void ghentTemplate() {
        PlanTemplate ghent = PlanTemplate.GHENT;
        assertThat(ghent.allows(MAIN_STRATEGIC_GOAL, Optional.empty())).isTrue();
        assertThat(ghent.allows(STRATEGIC_GOAL, Optional.of(MAIN_STRATEGIC_GOAL))).isTrue();
        assertThat(ghent.allows(OPERATIONAL_GOAL, Optional.of(STRATEGIC_GOAL))).isTrue();
        assertThat(ghent.allows(ACTIVITY, Optional.of(OPERATIONAL_GOAL))).isTrue();
        assertThat(ghent.allows(ACTION, Optional.of(OPERATIONAL_GOAL))).isTrue();
        assertThat(ghent.allows(ACTION, Optional.of(ACTIVITY))).isTrue();
        assertThat(ghent.allows(ACTION, Optional.of(STRATEGIC_GOAL))).isFalse();
        assertThat(ghent.allows(STRATEGIC_GOAL, Optional.empty())).isFalse();
        assertThat(ghent.uses(ACTION_PLAN)).isFalse();
    }

    @Test
    void bbcTemplate() {
        PlanTemplate bbc = PlanTemplate.BBC;
        assertThat(bbc.allows(POLICY_GOAL, Optional.empty())).isTrue();
        assertThat(bbc.allows(ACTION_PLAN, Optional.of(POLICY_GOAL))).isTrue();
        assertThat(bbc.allows(ACTION, Optional.of(ACTION_PLAN))).isTrue();
        assertThat(bbc.allows(ACTION, Optional.of(POLICY_GOAL))).isFalse();
        assertThat(bbc.uses(ACTIVITY)).isFalse();
    }

    @Test
    void flemishEntityTemplate() {
        PlanTemplate entity = PlanTemplate.FLEMISH_ENTITY;
        assertThat(entity.allows(STRATEGIC_ORGANISATIONAL_GOAL, Optional.of(POLICY_GOAL))).isTrue();
        assertThat(entity.allows(OPERATIONAL_ORGANISATIONAL_GOAL, Optional.of(STRATEGIC_ORGANISATIONAL_GOAL))).isTrue();
        assertThat(entity.allows(ACTION, Optional.of(OPERATIONAL_ORGANISATIONAL_GOAL))).isTrue();
        assertThat(entity.allows(ACTION, Optional.of(POLICY_GOAL))).isFalse();
    }
}
