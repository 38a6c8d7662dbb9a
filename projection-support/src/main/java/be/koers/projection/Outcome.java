package be.koers.projection;

/** What became of one Kafka record; the value of the {@code outcome} tag of {@code koers.projection.events}. */
public enum Outcome {
    APPLIED("applied"),
    /** Its aggregate already had this sequence number applied: a redelivery or a replay. */
    DUPLICATE("duplicate"),
    /** A type or revision this service does not know; skipped so newer producers cannot stop the consumer. */
    UNKNOWN_TYPE("unknown-type"),
    /** Not a readable envelope or payload; skipped, as reading it again would fail again. */
    MALFORMED("malformed"),
    /** Applying it failed even after retries; skipped so the partition moves on (a rebuild brings it back). */
    FAILED("failed");

    private final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
