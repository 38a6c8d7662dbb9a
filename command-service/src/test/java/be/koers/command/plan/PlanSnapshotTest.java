package be.koers.command.plan;

import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.plan.ElementRetired;
import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.plan.SetVision;
import be.koers.planning.api.progress.ProgressStatus;
import be.koers.planning.api.progress.ReportProgress;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static be.koers.command.plan.PlanRevisionTest.opened;
import static be.koers.command.plan.PlanTest.*;
import static be.koers.command.plan.UnplannedWorkTest.*;
import static be.koers.planning.api.plan.Level.OPERATIONAL_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot is the plan as JSON: unplanned work, continuations and the open revision must come back from it as they
 * went in.
 */
class PlanSnapshotTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void unplannedWorkAndContinuationsSurviveTheRoundTrip() {
        new AggregateTestFixture<>(Plan.class)
                .given(adoptedPlan()).andGiven(recorded(OPERATIONAL),
                        new ContinuationDeclared(TENANT, PLAN, STRATEGIC, PlanId.of("plan-2020"), STRATEGIC), opened(1))
                .when(new ReportProgress(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, 10, null, null, null))
                .expectState(plan -> {
                    SerializedObject<byte[]> snapshot = SERIALIZER.serialize(plan, byte[].class);
                    Plan restored = SERIALIZER.deserialize(snapshot);
                    assertThat(restored).usingRecursiveComparison().isEqualTo(plan);
                });
    }

    @Test
    void anOpenRevisionSurvivesTheRoundTripWithWhatItDefinedChangedAndSet() {
        new AggregateTestFixture<>(Plan.class)
                .given(adoptedPlan()).andGiven(opened(1), goal(PlanRevisionTest.NEW_GOAL, STRATEGIC, OPERATIONAL_GOAL),
                        new ElementRetired(TENANT, PLAN, OPERATIONAL, "Merged"), new MissionSet(TENANT, PLAN, "A green city"))
                .when(new SetVision(TENANT, PLAN, "Green"))
                .expectState(plan -> {
                    Plan restored = SERIALIZER.deserialize(SERIALIZER.serialize(plan, byte[].class));
                    assertThat(restored).usingRecursiveComparison().isEqualTo(plan);
                });
    }
}
