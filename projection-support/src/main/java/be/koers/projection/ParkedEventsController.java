package be.koers.projection;

import be.koers.projection.ParkedEvents.ParkedEvent;
import be.koers.projection.ParkedRetry.RetryResult;
import be.koers.support.problem.Problems;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The parked events of the read model (OPERATOR): see them, retry them after a fix, skip one that can never apply. */
@RestController
@RequestMapping("/admin/projections")
class ParkedEventsController {

    private static final int OPERATIONS_SHOWN = 100;

    private final ParkedEvents parked;
    private final ParkedRetry retry;
    private final ProjectionOperations operations;

    ParkedEventsController(ParkedEvents parked, ParkedRetry retry, ProjectionOperations operations) {
        this.parked = parked;
        this.retry = retry;
        this.operations = operations;
    }

    /**
     * @param sequence the aggregate whose events wait
     * @param events   in the order they are applied on a retry; the first carries the error
     */
    record ParkedSequence(String sequence, List<ParkedEvent> events) {
    }

    /** @param reason why it can never apply, kept in the audit of operations */
    record SkipRequest(String eventId, String reason) {
    }

    @Operation(summary = "The parked events, per aggregate in the order a retry applies them, with the error of the first")
    @GetMapping("/parked")
    List<ParkedSequence> parked() {
        return parked.all().entrySet().stream().map(sequence -> new ParkedSequence(sequence.getKey(), sequence.getValue())).toList();
    }

    @Operation(summary = "Apply an aggregate's parked events again, in order, after a fix",
            description = "200 when all applied; 409 naming the event that still fails, which stays parked with those behind it.")
    @PostMapping("/parked/{sequence}/retry")
    ResponseEntity<?> retry(@PathVariable String sequence, @AuthenticationPrincipal KoersUser user) {
        return answer(retry.retry(sequence, user.username()));
    }

    @Operation(summary = "Apply every parked sequence again, one after the other")
    @PostMapping("/parked/retry")
    List<RetryResult> retryAll(@AuthenticationPrincipal KoersUser user) {
        return retry.retryAll(user.username());
    }

    @Operation(summary = "Skip the first parked event of an aggregate for good, with a reason, and apply the events behind it",
            description = "Only for an event that can never apply; a rebuild skips it again. Kept in the audit of operations.")
    @PostMapping("/parked/{sequence}/skip")
    ResponseEntity<?> skip(@PathVariable String sequence, @RequestBody SkipRequest request, @AuthenticationPrincipal KoersUser user) {
        if (request.eventId() == null || request.eventId().isBlank()) {
            throw new OperationRefused(HttpStatus.UNPROCESSABLE_ENTITY, "eventId", "required", "eventId names the parked event to skip.");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new OperationRefused(HttpStatus.UNPROCESSABLE_ENTITY, "reason", "required",
                    "reason says why the event can never apply; it is kept in the audit of operations.");
        }
        return answer(retry.skip(sequence, request.eventId(), request.reason().strip(), user.username()));
    }

    @Operation(summary = "The latest operations on the read model (rebuilds, retries, skips), newest first, with who and why")
    @GetMapping("/operations")
    List<ProjectionOperations.Entry> operations() {
        return operations.latest(OPERATIONS_SHOWN);
    }

    private static ResponseEntity<?> answer(RetryResult result) {
        if (result.stillFailing() == null) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "sequence", "still-failing", "Event "
                + result.stillFailing().eventId() + " (" + result.stillFailing().type() + ") of " + result.sequence()
                + " still cannot be applied: " + result.stillFailing().error() + ". It and the "
                + (result.stillParked() - 1) + " events behind it stay parked; " + result.applied() + " applied before it.");
        problem.setProperty("result", result);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
