package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** The first score of a period: revision 1. */
@Revision("1")
public record ScoreRecorded(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        MeasurementPeriod period,
        BigDecimal value,
        String comment,
        String evidenceLink) implements IndicatorEvent {
}
