package be.koers.support.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * Builds RFC 9457 problem bodies that always name the field and the rule, so a client can point at the input
 * that was refused. With several violations, the first is the headline and all are listed under {@code errors}.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:koers:problem:";

    private Problems() {
    }

    /** The rule of a refusal that has no rule of its own but its status: 413 is {@code payload-too-large}. */
    public static String ruleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "status-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }

    public static ProblemDetail of(HttpStatusCode status, String field, String rule, String detail) {
        return of(status, List.of(new Violation(field, rule, detail)));
    }

    public static ProblemDetail of(HttpStatusCode status, List<Violation> violations) {
        Violation first = violations.get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, first.message());
        problem.setType(URI.create(TYPE_PREFIX + first.rule()));
        problem.setProperty("field", first.field());
        problem.setProperty("rule", first.rule());
        if (violations.size() > 1) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }
}
