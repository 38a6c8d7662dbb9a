package be.koers.command.continuity;

import be.koers.command.common.ChangeMetadata;
import be.koers.command.common.Refusal;
import be.koers.command.indicator.Indicator;
import be.koers.command.indicator.PreviousIndicator;
import be.koers.command.plan.Plan;
import be.koers.command.plan.PreviousElement;
import be.koers.planning.api.continuity.DeclareContinuation;
import be.koers.planning.api.continuity.DeclareIndicatorContinuation;
import be.koers.planning.api.shared.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Continuations span two aggregates: the element or indicator that continues, and the one of the earlier legislature
 * it continues. This handler reads the earlier one (loading it changes nothing) and hands what it learnt to the
 * continuing aggregate, which decides and records. Both loads share the command's unit of work and transaction.
 */
@Component
public class ContinuationHandler {

    private final Repository<Plan> plans;
    private final Repository<Indicator> indicators;

    public ContinuationHandler(Repository<Plan> plans, Repository<Indicator> indicators) {
        this.plans = plans;
        this.indicators = indicators;
    }

    @CommandHandler
    public void handle(DeclareContinuation command,
                       @MetaDataValue(value = ChangeMetadata.EXPECTED_VERSION) Long expectedVersion) {
        PreviousElement previous = loadOwn(plans, command.previousPlanId().value(), command.tenant(), Plan::belongsTo)
                .orElseThrow(() -> Refusal.unknown("previousPlanId", "unknown-plan", "There is no plan " + command.previousPlanId() + "."))
                .invoke(plan -> plan.continuable(command.previousElementId()))
                .orElseThrow(() -> Refusal.unknown("previousElementId", "unknown-element",
                        "Plan " + command.previousPlanId() + " has no element " + command.previousElementId() + "."));
        plans.load(command.planId().value(), expectedVersion).execute(plan -> plan.declareContinuation(command, previous));
    }

    @CommandHandler
    public void handle(DeclareIndicatorContinuation command,
                       @MetaDataValue(value = ChangeMetadata.EXPECTED_VERSION) Long expectedVersion) {
        PreviousIndicator previous = loadOwn(indicators, command.previousIndicatorId().value(), command.tenant(), Indicator::belongsTo)
                .orElseThrow(() -> Refusal.unknown("previousIndicatorId", "unknown-indicator",
                        "There is no indicator " + command.previousIndicatorId() + "."))
                .invoke(Indicator::asPrevious);
        indicators.load(command.indicatorId().value(), expectedVersion)
                .execute(indicator -> indicator.declareContinuation(command, previous));
    }

    /** The aggregate when it exists and belongs to the caller's administration; another's is as unknown as a missing one. */
    private static <T> Optional<Aggregate<T>> loadOwn(Repository<T> repository, String id, TenantId caller,
                                                      BiPredicate<T, TenantId> belongsTo) {
        try {
            Aggregate<T> aggregate = repository.load(id);
            return aggregate.invoke(it -> belongsTo.test(it, caller)) ? Optional.of(aggregate) : Optional.empty();
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
