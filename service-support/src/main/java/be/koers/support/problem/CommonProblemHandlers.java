package be.koers.support.problem;

import be.koers.support.input.BodySizeLimit;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Input errors every service shares, as problem+json that names the field and the rule: malformed requests are
 * 400, well-formed but invalid ones 422. Spring MVC's own errors (405, 415, 404 …) get a field and rule too.
 * A database that cannot be reached is 503 ({@link DatabaseUnavailable}). Service-specific advice runs first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommonProblemHandlers.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof BodySizeLimit.BodyTooLarge tooLarge) {
            return handleExceptionInternal(e, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, BodySizeLimit.BodyTooLarge.FIELD,
                    BodySizeLimit.BodyTooLarge.RULE, tooLarge.getMessage()), headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail problem = e.getCause() instanceof UnrecognizedPropertyException unknown
                ? Problems.of(HttpStatus.BAD_REQUEST, jsonPath(unknown), "unknown-field", "This request has no field "
                + jsonPath(unknown) + "; the fields it knows are " + unknown.getKnownPropertyIds() + ".")
                : e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? Problems.of(HttpStatus.BAD_REQUEST, jsonPath(mapping), "malformed-value",
                "The value of " + jsonPath(mapping) + " cannot be read: " + mapping.getOriginalMessage())
                : Problems.of(HttpStatus.BAD_REQUEST, "body", "malformed-json", "The request body is missing or is not valid JSON.");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(error.getField(), BeanViolations.ruleName(error.getCode()),
                        error.getField() + " " + error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(e, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, violations), headers,
                HttpStatus.UNPROCESSABLE_ENTITY, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return handleExceptionInternal(e, Problems.of(HttpStatus.BAD_REQUEST, e.getParameterName(), "required",
                "Parameter " + e.getParameterName() + " is required."), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Whatever Spring MVC refused without a field of ours gets one, so every problem body has the same shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null || !problem.getProperties().containsKey("rule"))) {
            problem.setProperty("field", "request");
            problem.setProperty("rule", Problems.ruleOf(status));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused e) {
        return Problems.of(e.status(), e.field(), e.rule(), e.getMessage());
    }

    @ExceptionHandler(InputRefused.class)
    ProblemDetail refusedInput(InputRefused e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.violations());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformedParameter(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getName(), "malformed-value",
                "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, BeanViolations.toViolations(e.getConstraintViolations()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidValue(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "request", "malformed-value", e.getMessage());
    }

    /** Whatever no other handler took: 503 when the database could not be reached (retry), else 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("The database could not be reached; answered 503: {}", e.toString());
            return DatabaseUnavailable.answer();
        }
        log.error("Unexpected failure while handling a request", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "request", "internal-error",
                        "Koers could not handle this request; nothing was changed. The failure has been logged."));
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
