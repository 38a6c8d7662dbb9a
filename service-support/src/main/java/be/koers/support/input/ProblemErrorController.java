package be.koers.support.input;

import be.koers.support.problem.DatabaseUnavailable;
import be.koers.support.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} (a request refused by a filter with {@code sendError}, before
 * any controller ran) answers problem+json like every other refusal, instead of Spring Boot's own error JSON.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*"})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            // asked for directly, not forwarded by the container: there is nothing here
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "request", "not-found", "There is nothing at " + request.getRequestURI() + "."));
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            // a filter that reads the database failed before any controller ran: the same 503 as from a controller
            return DatabaseUnavailable.answer();
        }
        HttpStatus known = HttpStatus.resolve(code);
        HttpStatus status = known == null || !known.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        ProblemDetail problem = Problems.of(status, "request", Problems.ruleOf(status),
                status.is5xxServerError() ? "Koers could not handle this request; nothing was changed. The failure has been logged."
                        : "This request was refused before Koers read it (" + status.getReasonPhrase() + ").");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
