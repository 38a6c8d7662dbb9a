package be.koers.support.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * An operation that returns an emitter answers a server-sent event stream, whatever springdoc makes of the
 * emitter's Java type: the document says text/event-stream.
 */
class EventStreams implements GlobalOperationCustomizer {

    static final String EVENT_STREAM = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (ResponseBodyEmitter.class.isAssignableFrom(handler.getMethod().getReturnType()) && operation.getResponses() != null) {
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null) {
                ok.content(new Content().addMediaType(EVENT_STREAM, new MediaType().schema(Schemas.of("string")
                        .description("Server-sent events, one per change; reconnect with Last-Event-ID to resume."))));
            }
        }
        return operation;
    }
}
