package be.koers.support.input;

import java.util.Map;

/** The headers a change may carry beside its body, which Koers keeps on the change's events. */
public final class ChangeHeaders {

    /** Why the change is made: a free text. */
    public static final String REASON = "X-Change-Reason";
    /** Ties the change's events to the caller's own request: a short token. */
    public static final String CORRELATION_ID = "X-Correlation-Id";

    static final Map<String, Integer> MAX_LENGTHS = Map.of(REASON, InputRules.MAX_TEXT, CORRELATION_ID, 200);

    private ChangeHeaders() {
    }
}
