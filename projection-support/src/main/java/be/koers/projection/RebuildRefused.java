package be.koers.projection;

import org.springframework.http.HttpStatus;

/** A rebuild that did not start; nothing was truncated. */
class RebuildRefused extends RuntimeException {

    private final HttpStatus status;
    private final String rule;

    RebuildRefused(HttpStatus status, String rule, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.rule = rule;
    }

    RebuildRefused(HttpStatus status, String rule, String detail) {
        this(status, rule, detail, null);
    }

    HttpStatus status() {
        return status;
    }

    String rule() {
        return rule;
    }
}
