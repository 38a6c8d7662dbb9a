package be.koers.command.indicator;

import be.koers.command.common.ChangeMetadata;
import be.koers.command.common.Mandate;
import be.koers.command.common.Refusal;
import be.koers.planning.api.continuity.DeclareIndicatorContinuation;
import be.koers.planning.api.continuity.IndicatorContinuationDeclared;
import be.koers.planning.api.indicator.*;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An indicator of a plan with its scores. Its own aggregate, because recording scores is the highest-volume work
 * in Koers and must never wait for someone editing the plan.
 * <p>
 * Revision 2 keeps the unit, revision 3 the owner department: older snapshots lack them, so Axon skips them and
 * sources the indicator from its events.
 */
@Revision("3")
@Aggregate(snapshotTriggerDefinition = "indicatorSnapshotTrigger", cache = "indicatorCache", filterEventsByType = true,
        commandTargetResolver = "versionAwareTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Indicator {

    @AggregateIdentifier
    private IndicatorId indicatorId;
    private TenantId tenant;
    private PlanId planId;
    private String unit;
    /** Whose scorers may record its scores. */
    private String ownerDepartment;
    private IndicatorKind kind;
    private Direction direction;
    private Frequency frequency;
    private int firstYear;
    private int lastYear;
    private boolean retired;
    /** The indicator of an earlier legislature this one continues, if declared. */
    private IndicatorId continues;
    /** The current value and revision of each scored period, by period text. */
    private Map<String, Score> scores = new HashMap<>();

    protected Indicator() {
        // for Axon and for snapshots
    }

    /** Created by its plan, which checked the linked elements and knows the legislature's years. */
    public Indicator(DefineIndicator command, int firstYear, int lastYear) {
        IndicatorRules.requireBaselineFits(command.kind(), command.baseline());
        IndicatorRules.requireTargetsFit(command.kind(), command.direction(), command.frequency(), command.targets(), firstYear, lastYear);
        apply(new IndicatorDefined(command.tenant(), command.indicatorId(), command.planId(), command.name().strip(),
                command.unit().strip(), command.kind(), command.direction(), command.baseline(), List.copyOf(command.targets()),
                command.frequency(), command.dataSource(), command.ownerDepartment().strip(),
                List.copyOf(command.linkedElements()), firstYear, lastYear));
    }

    @CommandHandler
    void handle(ReviseIndicator command) {
        requireActive(command);
        apply(new IndicatorRevised(tenant, indicatorId, planId, command.name().strip(), command.unit().strip(),
                command.dataSource(), command.ownerDepartment().strip(), command.reason().strip()));
    }

    @CommandHandler
    void handle(RetargetIndicator command) {
        requireActive(command);
        IndicatorRules.requireBaselineFits(kind, command.baseline());
        IndicatorRules.requireTargetsFit(kind, direction, frequency, command.targets(), firstYear, lastYear);
        apply(new IndicatorRetargeted(tenant, indicatorId, planId, command.baseline(), List.copyOf(command.targets()),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RetireIndicator command) {
        requireActive(command);
        apply(new IndicatorRetired(tenant, indicatorId, planId, command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordScore command, @MetaDataValue(ChangeMetadata.MANDATE) Mandate mandate) {
        requireActive(command);
        requireMandate(mandate, "indicatorId");
        record(new ScoreRow(command.indicatorId(), command.period(), command.value(), command.comment(), command.evidenceLink()), "");
    }

    @CommandHandler
    void handle(CorrectScore command, @MetaDataValue(ChangeMetadata.MANDATE) Mandate mandate) {
        requireActive(command);
        requireMandate(mandate, "indicatorId");
        String period = command.period().toString();
        Score current = scores.get(period);
        if (current == null) {
            throw Refusal.unknown("period", "no-score-to-correct", "There is no score for " + period + " to correct; record it first.");
        }
        if (current.revision() != command.correctsRevision()) {
            throw Refusal.conflict("correctsRevision", "concurrent-correction", "The score of " + period + " is at revision "
                    + current.revision() + ", not " + command.correctsRevision() + ": someone corrected it meanwhile. Read it again.");
        }
        IndicatorRules.requireValueFits(kind, command.value(), "value");
        apply(new ScoreCorrected(tenant, indicatorId, planId, command.period(), command.value(), current.value(),
                command.comment(), command.evidenceLink(), command.reason().strip(), current.revision() + 1));
    }

    /**
     * Records one score, after the checks every score must pass. Used by {@link RecordScore} and by the bulk upload,
     * which first calls {@link #refusalOf} on every row so that nothing is recorded when one row is refused.
     */
    void record(ScoreRow row, String fieldPrefix) {
        Refusal refusal = refusalOf(row, fieldPrefix);
        if (refusal != null) {
            throw refusal;
        }
        apply(new ScoreRecorded(tenant, indicatorId, planId, row.period(), row.value(), row.comment(), row.evidenceLink()));
    }

    /** A scorer records scores only for the indicators of their own departments. */
    private void requireMandate(Mandate mandate, String field) {
        Refusal refusal = Mandate.orAny(mandate).refusalFor(ownerDepartment, field, "Indicator " + indicatorId);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Why this indicator would refuse the row of the caller, or null when it would take it. */
    Refusal refusalOf(ScoreRow row, String fieldPrefix, Mandate mandate) {
        Refusal notTheirs = Mandate.orAny(mandate).refusalFor(ownerDepartment, fieldPrefix + "indicatorId", "Indicator " + indicatorId);
        return notTheirs != null ? notTheirs : refusalOf(row, fieldPrefix);
    }

    /** Why this indicator would refuse the row, or null when it would take it. */
    private Refusal refusalOf(ScoreRow row, String fieldPrefix) {
        if (retired) {
            return Refusal.conflict(fieldPrefix + "indicatorId", "indicator-retired", "Indicator " + indicatorId + " is retired; it takes no more scores.");
        }
        if (row.period().frequency() != frequency) {
            return Refusal.invalid(fieldPrefix + "period", "period-matches-frequency", "Indicator " + indicatorId + " is measured "
                    + frequency.name().toLowerCase() + "; " + row.period() + " is not such a period.");
        }
        if (row.period().year() < firstYear || row.period().year() > lastYear) {
            return Refusal.invalid(fieldPrefix + "period", "within-legislature",
                    row.period() + " lies outside the legislature " + firstYear + "-" + lastYear + ".");
        }
        Refusal badValue = IndicatorRules.valueRefusal(kind, row.value(), fieldPrefix + "value");
        if (badValue != null) {
            return badValue;
        }
        if (scores.containsKey(row.period().toString())) {
            return Refusal.conflict(fieldPrefix + "period", "score-already-recorded", "Indicator " + indicatorId + " already has a score for "
                    + row.period() + "; correct it instead.");
        }
        return null;
    }

    /**
     * Decides a continuation that {@code ContinuationHandler} brings with what it looked up in the previous indicator,
     * another aggregate. The same declaration again changes nothing.
     */
    public void declareContinuation(DeclareIndicatorContinuation command, PreviousIndicator previous) {
        requireActive(command);
        if (previous.lastYear() >= firstYear) {
            throw Refusal.invalid("previousIndicatorId", "previous-legislature-required", "Indicator " + previous.indicatorId()
                    + " belongs to a plan running until " + previous.lastYear() + "; only an indicator of a legislature that ended before "
                    + firstYear + " can be continued.");
        }
        if (!previous.unit().equals(unit)) {
            throw Refusal.invalid("previousIndicatorId", "same-unit-required", "Indicator " + previous.indicatorId() + " is measured in "
                    + previous.unit() + ", this one in " + unit + "; only a series in the same unit reads on as one.");
        }
        if (!previous.indicatorId().equals(continues)) {
            apply(new IndicatorContinuationDeclared(tenant, indicatorId, planId, previous.indicatorId(), previous.planId()));
        }
    }

    /** What an indicator of a later legislature needs to know to continue this one. */
    public PreviousIndicator asPrevious() {
        return new PreviousIndicator(indicatorId, planId, lastYear, unit);
    }

    /** Another administration's indicator is not there for the caller. */
    public boolean belongsTo(TenantId caller) {
        return caller.equals(tenant);
    }

    private void requireActive(IndicatorCommand command) {
        if (!tenant.equals(command.tenant())) {
            throw Refusal.unknown("indicatorId", "unknown-indicator", "There is no indicator " + command.indicatorId() + ".");
        }
        if (retired) {
            throw Refusal.conflict("indicatorId", "indicator-retired", "Indicator " + indicatorId + " is retired; it can no longer change.");
        }
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicatorId = event.indicatorId();
        tenant = event.tenant();
        planId = event.planId();
        ownerDepartment = event.ownerDepartment();
        unit = event.unit();
        kind = event.kind();
        direction = event.direction();
        frequency = event.frequency();
        firstYear = event.firstYear();
        lastYear = event.lastYear();
    }

    @EventSourcingHandler
    void on(IndicatorRevised event) {
        unit = event.unit();
        ownerDepartment = event.ownerDepartment();
    }

    @EventSourcingHandler
    void on(IndicatorContinuationDeclared event) {
        continues = event.previousIndicatorId();
    }

    @EventSourcingHandler
    void on(IndicatorRetired event) {
        retired = true;
    }

    @EventSourcingHandler
    void on(ScoreRecorded event) {
        scores.put(event.period().toString(), new Score(event.value(), 1));
    }

    @EventSourcingHandler
    void on(ScoreCorrected event) {
        scores.put(event.period().toString(), new Score(event.value(), event.revision()));
    }

    /** The current value of a period and how many times it was recorded or corrected. */
    record Score(BigDecimal value, int revision) {
        Score {
            Objects.requireNonNull(value);
        }
    }
}
