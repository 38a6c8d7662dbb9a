package be.koers.command.legislature;

import be.koers.command.common.Refusal;
import be.koers.command.plan.Plan;
import be.koers.planning.api.legislature.CreateLegislature;
import be.koers.planning.api.legislature.DraftPlan;
import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.legislature.PlanAttachedToLegislature;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/** A term of office of one administration. It has one multi-year plan, which it starts. */
@Aggregate(cache = "legislatureCache", filterEventsByType = true, commandTargetResolver = "versionAwareTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Legislature {

    @AggregateIdentifier
    private LegislatureId legislatureId;
    private TenantId tenant;
    private int firstYear;
    private int lastYear;
    private PlanId planId;

    protected Legislature() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Legislature(CreateLegislature command) {
        apply(new LegislatureCreated(command.tenant(), command.legislatureId(), command.name().strip(),
                command.firstYear(), command.lastYear()));
    }

    @CommandHandler
    public PlanId handle(DraftPlan command) throws Exception {
        if (!tenant.equals(command.tenant())) {
            throw Refusal.unknown("legislatureId", "unknown-legislature", "There is no legislature " + command.legislatureId() + ".");
        }
        if (planId != null) {
            throw Refusal.conflict("legislatureId", "one-plan-per-legislature",
                    "Legislature " + legislatureId + " already has plan " + planId + "; revise that plan instead.");
        }
        apply(new PlanAttachedToLegislature(tenant, legislatureId, command.planId()));
        createNew(Plan.class, () -> new Plan(command, firstYear, lastYear));
        return command.planId();
    }

    @EventSourcingHandler
    void on(LegislatureCreated event) {
        legislatureId = event.legislatureId();
        tenant = event.tenant();
        firstYear = event.firstYear();
        lastYear = event.lastYear();
    }

    @EventSourcingHandler
    void on(PlanAttachedToLegislature event) {
        planId = event.planId();
    }
}
