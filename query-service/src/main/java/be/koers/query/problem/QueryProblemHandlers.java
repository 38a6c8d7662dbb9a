package be.koers.query.problem;

import be.koers.support.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused questions as problem+json; ordered before the shared handlers, whose catch-all would answer 500. Spring
 * writes a ProblemDetail as application/problem+json also to a request that accepts only text/event-stream, so a
 * refused live stream gets the same answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblemHandlers {

    @ExceptionHandler(QueryRefusal.class)
    ProblemDetail refused(QueryRefusal refusal) {
        return Problems.of(refusal.status(), refusal.field(), refusal.rule(), refusal.getMessage());
    }
}
