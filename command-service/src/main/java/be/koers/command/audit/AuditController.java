package be.koers.command.audit;

import be.koers.command.publication.EnvelopeFactory;
import be.koers.planning.api.indicator.IndicatorId;
import be.koers.planning.api.plan.ElementEvent;
import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.PlanId;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * For auditors, from the source of truth: the raw event stream of a plan (or of one element, or of an indicator)
 * as newline-delimited JSON envelopes in order, and the verification of its hash chain.
 */
@RestController
@Tag(name = "Audit")
public class AuditController {

    private static final String NDJSON = "application/x-ndjson";
    // Plain HTTP clients ask for JSON or for any type; a 406 would tell them nothing they could act on
    private static final String NDJSON_FOR_JSON_TOO = " Answers application/x-ndjson, also to Accept: application/json,"
            + " */* or no Accept header.";

    private final EventStore eventStore;
    private final EnvelopeFactory envelopes;
    private final ChainVerification chains;
    private final StreamOwnership ownership;

    public AuditController(EventStore eventStore, EnvelopeFactory envelopes, ChainVerification chains, StreamOwnership ownership) {
        this.eventStore = eventStore;
        this.envelopes = envelopes;
        this.chains = chains;
        this.ownership = ownership;
    }

    @GetMapping(value = "/api/plans/{planId}/events", produces = {NDJSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Replay the plan's stored events in order, one JSON envelope per line; elementId keeps one element's",
            description = "Newline-delimited JSON: one event envelope per line, oldest first." + NDJSON_FOR_JSON_TOO,
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = NDJSON)))
    public ResponseEntity<StreamingResponseBody> planEvents(@PathVariable PlanId planId, @RequestParam(required = false) ElementId elementId,
                                                            @AuthenticationPrincipal KoersUser user) {
        ownership.require("Plan", planId.value(), user.tenant(), "planId", "unknown-plan");
        Predicate<Object> filter = elementId == null ? event -> true
                : event -> event instanceof ElementEvent element && elementId.equals(element.elementId());
        return ndjson(planId.value(), filter);
    }

    @GetMapping(value = "/api/indicators/{indicatorId}/events", produces = {NDJSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Replay the indicator's stored events in order, one JSON envelope per line",
            description = "Newline-delimited JSON: one event envelope per line, oldest first." + NDJSON_FOR_JSON_TOO,
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = NDJSON)))
    public ResponseEntity<StreamingResponseBody> indicatorEvents(@PathVariable IndicatorId indicatorId, @AuthenticationPrincipal KoersUser user) {
        ownership.require("Indicator", indicatorId.value(), user.tenant(), "indicatorId", "unknown-indicator");
        return ndjson(indicatorId.value(), event -> true);
    }

    @GetMapping("/api/plans/{planId}/integrity")
    @Operation(summary = "Recompute the plan's hash chain and report the first event that does not match")
    public ChainVerification.Report verifyPlan(@PathVariable PlanId planId, @AuthenticationPrincipal KoersUser user) {
        ownership.require("Plan", planId.value(), user.tenant(), "planId", "unknown-plan");
        return chains.verify(planId.value());
    }

    @GetMapping("/api/indicators/{indicatorId}/integrity")
    @Operation(summary = "Recompute the indicator's hash chain and report the first event that does not match")
    public ChainVerification.Report verifyIndicator(@PathVariable IndicatorId indicatorId, @AuthenticationPrincipal KoersUser user) {
        ownership.require("Indicator", indicatorId.value(), user.tenant(), "indicatorId", "unknown-indicator");
        return chains.verify(indicatorId.value());
    }

    /** @param filter which events to write, by their payload */
    private ResponseEntity<StreamingResponseBody> ndjson(String aggregateId, Predicate<Object> filter) {
        StreamingResponseBody body = out -> {
            // From sequence 0: the stored events themselves, never a snapshot.
            DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (filter.test(event.getPayload())) {
                    out.write(envelopes.toJson(envelopes.envelope(event)).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }
}
