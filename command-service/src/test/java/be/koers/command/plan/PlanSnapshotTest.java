package be.koers.command.plan;

import be.koers.planning.api.continuity.ContinuationDeclared;
import be.koers.planning.api.plan.PlanId;
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
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot is the plan as JSON: unplanned work and continuations must come back from it as they went in. */
class PlanSnapshotTest {

    @Test
    void unplannedWorkAndContinuationsSurviveTheRoundTrip() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        new AggregateTestFixture<>(Plan.class)
                .given(adoptedPlan()).andGiven(recorded(OPERATIONAL),
                        new ContinuationDeclared(TENANT, PLAN, STRATEGIC, PlanId.of("plan-2020"), STRATEGIC), opened(1))
                .when(new ReportProgress(TENANT, PLAN, POCKET_PARK, ProgressStatus.STARTED, 10, null, null, null))
                .expectState(plan -> {
                    SerializedObject<byte[]> snapshot = serializer.serialize(plan, byte[].class);
                    Plan restored = serializer.deserialize(snapshot);
                    assertThat(restored).usingRecursiveComparison().isEqualTo(plan);
                });
    }
}
