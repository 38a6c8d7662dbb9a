package be.koers.query.history;

import be.koers.query.plan.Statements;

/** Everything a plan said at one moment: its statements and its elements. */
record HistoricPlan(PointInHistory moment, Statements statements, HistoricElements elements) {

    /** Without unplanned work, which no edition holds: what a diff compares. */
    HistoricPlan planContent() {
        return new HistoricPlan(moment, statements, elements.planContent());
    }
}
