package be.koers.support.problem;

import org.springframework.http.HttpStatus;

/** A request a service will not answer, with the field and rule its problem+json body names. */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String rule;

    public RequestRefused(HttpStatus status, String field, String rule, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
        this.rule = rule;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
