package be.koers.projection;

import be.koers.support.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An operation on the read model that did not happen, as problem+json naming the field and the rule. */
@RestControllerAdvice(assignableTypes = {ProjectionAdminController.class, ParkedEventsController.class})
class OperationRefusals {

    private static final Logger log = LoggerFactory.getLogger(OperationRefusals.class);

    @ExceptionHandler(OperationRefused.class)
    ProblemDetail refused(OperationRefused e) {
        log.warn("Operation on the read model refused: {}", e.getMessage());
        return Problems.of(e.status(), e.field(), e.rule(), e.getMessage());
    }
}
