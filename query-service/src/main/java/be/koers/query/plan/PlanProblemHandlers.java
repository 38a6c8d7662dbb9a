package be.koers.query.plan;

import be.koers.support.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused plan questions as problem+json; ordered before the shared handlers, whose catch-all would answer 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblemHandlers {

    @ExceptionHandler(QueryRefusal.class)
    ProblemDetail refused(QueryRefusal refusal) {
        return Problems.of(refusal.status(), refusal.field(), refusal.rule(), refusal.getMessage());
    }
}
