package be.koers.planning.api.indicator;

import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A new value for a period that supersedes the previous one, which stays in the history. */
@Revision("1")
public record ScoreCorrected(
        TenantId tenant,
        IndicatorId indicatorId,
        PlanId planId,
        MeasurementPeriod period,
        BigDecimal value,
        BigDecimal previousValue,
        String comment,
        String evidenceLink,
        String reason,
        int revision) implements IndicatorEvent {
}
