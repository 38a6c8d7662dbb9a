package be.koers.projection;

import org.springframework.http.HttpStatus;

/**
 * An operation on the read model that did not happen: a rebuild that did not start (nothing was truncated), a retry
 * or skip of events that are not parked.
 */
class OperationRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String rule;

    OperationRefused(HttpStatus status, String field, String rule, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.field = field;
        this.rule = rule;
    }

    OperationRefused(HttpStatus status, String field, String rule, String detail) {
        this(status, field, rule, detail, null);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
