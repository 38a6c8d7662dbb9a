package be.koers.command.common;

/** Keys of the metadata every command carries and Axon copies onto the events it causes. */
public final class ChangeMetadata {

    /** The authenticated user who asked for the change, by the name their identity provider gives them. */
    public static final String ACTOR = "actor";
    /** The same user as the identity provider's token identifies them (its subject), which does not change with a name. */
    public static final String ACTOR_SUBJECT = "actorSubject";
    /** Why the change was made, when the user said so. */
    public static final String REASON = "reason";
    /** Axon's own key: ties every event to the request that caused it. */
    public static final String CORRELATION_ID = "correlationId";
    /** The aggregate version the client based its change on (HTTP If-Match); a newer aggregate is a 409. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /**
     * The departments a scorer may record for ({@link Mandate}); absent for everyone else. Only on the command: it is
     * a decision's input, not part of what happened.
     */
    public static final String MANDATE = "mandate";

    private ChangeMetadata() {
    }
}
