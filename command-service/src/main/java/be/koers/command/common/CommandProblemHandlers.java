package be.koers.command.common;

import be.koers.command.indicator.BulkScoreRecording;
import be.koers.support.problem.BeanViolations;
import be.koers.support.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused commands into problem bodies: 403 not the caller's to change, 404 unknown target, 409 rule or
 * concurrent change, 422 invalid value. An event store that cannot be reached is service-support's 503
 * {@code database-unavailable}, as every other database failure of every service.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandProblemHandlers {

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return Problems.of(status, refusal.field(), refusal.rule(), refusal.getMessage());
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalid(JSR303ViolationException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, BeanViolations.toViolations(e.getViolations()));
    }

    /** The addressed aggregate does not exist: which one the path names. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException e, HttpServletRequest request) {
        String uri = request.getRequestURI();
        String target = uri.startsWith("/api/plans") ? "plan" : uri.startsWith("/api/indicators") ? "indicator" : "legislature";
        return Problems.of(HttpStatus.NOT_FOUND, target + "Id", "unknown-" + target,
                "There is no " + target + " " + e.getAggregateIdentifier() + ".");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return Problems.of(HttpStatus.CONFLICT, "id", "already-exists", "Something with this id already exists; choose another id.");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return Problems.of(HttpStatus.CONFLICT, "If-Match", "stale-version",
                "The plan changed since version " + e.getExpectedVersion() + " (it is now at " + e.getActualVersion()
                        + "); read it again and reapply your change.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "id", "concurrent-change",
                "Someone else changed this at the same moment; nothing of your change was stored. Try again.");
    }

    @ExceptionHandler(BulkScoreRecording.RefusedRows.class)
    ProblemDetail refusedRows(BulkScoreRecording.RefusedRows e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.violations());
        problem.setDetail(e.getMessage() + " First: " + e.violations().get(0).message());
        problem.setProperty("errors", e.violations());
        return problem;
    }

    @ExceptionHandler(ChangeContextResolver.MalformedIfMatch.class)
    ProblemDetail malformedIfMatch(ChangeContextResolver.MalformedIfMatch e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "If-Match", "malformed-value", e.getMessage());
    }
}
