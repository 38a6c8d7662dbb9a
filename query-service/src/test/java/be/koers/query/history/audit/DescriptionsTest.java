package be.koers.query.history.audit;

import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanDrafted;
import be.koers.planning.api.plan.VisionSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DescriptionsTest {

    @Test
    void refusesATrailWithoutADescriptionOfEveryEventNamingTheOnesMissing() {
        Descriptions descriptions = new Descriptions().on(PlanClosed.class, (event, envelope) -> Description.of("closed"));

        assertThatNoException().isThrownBy(() -> descriptions.requireEvery(List.of(PlanClosed.class)));
        assertThatIllegalStateException()
                .isThrownBy(() -> descriptions.requireEvery(List.of(VisionSet.class, PlanClosed.class, PlanDrafted.class)))
                .withMessage("The audit trail has no description for PlanDrafted, VisionSet: add one to a Describer");
    }
}
