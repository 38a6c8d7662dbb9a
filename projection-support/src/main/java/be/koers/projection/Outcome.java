package be.koers.projection;

/** What became of one Kafka record; the value of the {@code outcome} tag of {@code koers.projection.events}. */
public enum Outcome {
    APPLIED("applied"),
    /** Its aggregate already had this sequence number applied: a redelivery or a replay. */
    DUPLICATE("duplicate"),
    /**
     * Not applied but kept in {@code parked_event}: it could not be applied (its handler failed after retries, its
     * type or revision is unknown here, it is unreadable), or an earlier event of its aggregate is parked and it waits
     * behind that one. An operator retries it after a fix, or skips it with a reason.
     */
    PARKED("parked"),
    /** An event an operator skipped with a reason ({@code projection_operation}): a replay skips it again. */
    SKIPPED("skipped");

    private final String tag;

    Outcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
