package be.koers.query.history.audit;

/** Knows how to describe some event types for the audit trail; one per family of events. */
interface Describer {

    void addTo(Descriptions descriptions);
}
