package be.koers.command.indicator;

import be.koers.command.common.ChangeMetadata;
import be.koers.command.common.Mandate;
import be.koers.command.common.Refusal;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.indicator.RecordScores;
import be.koers.planning.api.indicator.ScoreRow;
import be.koers.support.problem.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A monthly upload of scores across many indicators, all or nothing: every row is checked against its indicator
 * first, and only when none is refused are they recorded, in the one unit of work (and database transaction) of
 * this command. A refused upload reports every refused row.
 */
@Component
public class BulkScoreRecording {

    private final Repository<Indicator> indicators;

    public BulkScoreRecording(Repository<Indicator> indicators) {
        this.indicators = indicators;
    }

    @CommandHandler
    public int handle(RecordScores command, @MetaDataValue(ChangeMetadata.MANDATE) Mandate mandate) {
        Map<IndicatorId, Aggregate<Indicator>> loaded = new HashMap<>();
        List<Violation> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.rows().size(); i++) {
            ScoreRow row = command.rows().get(i);
            String prefix = "rows[" + i + "].";
            if (!seen.add(row.indicatorId().value() + "@" + row.period())) {
                refused.add(new Violation(prefix + "period", "duplicate-row", "Row " + i + " repeats the score of "
                        + row.indicatorId() + " for " + row.period() + "."));
                continue;
            }
            Aggregate<Indicator> indicator = load(row.indicatorId(), command, loaded);
            Refusal refusal = indicator == null
                    ? Refusal.unknown(prefix + "indicatorId", "unknown-indicator", "There is no indicator " + row.indicatorId() + ".")
                    : indicator.invoke(it -> it.refusalOf(row, prefix, mandate));
            if (refusal != null) {
                refused.add(new Violation(refusal.field(), refusal.rule(), "Row " + i + ": " + refusal.getMessage()));
            }
        }
        if (!refused.isEmpty()) {
            throw new RefusedRows(command.rows().size(), refused);
        }
        command.rows().forEach(row -> loaded.get(row.indicatorId()).execute(it -> it.record(row, "")));
        return command.rows().size();
    }

    private Aggregate<Indicator> load(IndicatorId id, RecordScores command, Map<IndicatorId, Aggregate<Indicator>> loaded) {
        if (loaded.containsKey(id)) {
            return loaded.get(id);
        }
        Aggregate<Indicator> indicator;
        try {
            indicator = indicators.load(id.value());
            if (!indicator.invoke(it -> it.belongsTo(command.tenant()))) {
                indicator = null;
            }
        } catch (AggregateNotFoundException unknown) {
            indicator = null;
        }
        loaded.put(id, indicator);
        return indicator;
    }

    /** The rows an upload was refused for; nothing of the upload was recorded. */
    public static class RefusedRows extends RuntimeException {
        private final List<Violation> violations;

        RefusedRows(int rows, List<Violation> violations) {
            super(violations.size() + " of " + rows + " rows were refused; nothing was recorded.");
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }
}
