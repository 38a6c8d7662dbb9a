package be.koers.command.common;

import be.koers.support.security.KoersUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a command on behalf of the authenticated user, with who, why and which request in its metadata, and waits
 * for the outcome so the HTTP answer tells the truth. Times every command by type and outcome.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final MeterRegistry meters;

    public CommandSender(CommandGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    public <R> R send(Object command, ChangeContext context) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(ChangeMetadata.ACTOR, context.actor());
        if (context.actorSubject() != null) {
            metadata.put(ChangeMetadata.ACTOR_SUBJECT, context.actorSubject());
        }
        metadata.put(ChangeMetadata.CORRELATION_ID, context.correlationId());
        if (context.reason() != null && !context.reason().isBlank()) {
            metadata.put(ChangeMetadata.REASON, context.reason());
        }
        if (context.expectedVersion() != null) {
            metadata.put(ChangeMetadata.EXPECTED_VERSION, context.expectedVersion());
        }
        if (!Mandate.ANY_DEPARTMENT.equals(context.mandate())) {
            metadata.put(ChangeMetadata.MANDATE, context.mandate());
        }
        Timer.Sample sample = Timer.start(meters);
        String outcome = "accepted";
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        } catch (Refusal e) {
            outcome = "refused";
            throw e;
        } catch (RuntimeException e) {
            outcome = "failed";
            throw e;
        } finally {
            sample.stop(Timer.builder("koers.commands")
                    .description("Commands handled, by type and outcome")
                    .tag("command", command.getClass().getSimpleName())
                    .tag("outcome", outcome)
                    .publishPercentiles(0.5, 0.99)
                    .register(meters));
        }
    }

    /**
     * Who asks, why, within which request, on which version of the aggregate they based the change, and for which
     * departments they may record.
     */
    public record ChangeContext(String actor, String actorSubject, String reason, String correlationId, Long expectedVersion,
                                Mandate mandate) {

        public static ChangeContext of(KoersUser user, String reason, String correlationId, Long expectedVersion, Mandate mandate) {
            return new ChangeContext(user.username(), user.subject(), reason,
                    correlationId == null || correlationId.isBlank() ? UUID.randomUUID().toString() : correlationId,
                    expectedVersion, mandate);
        }

        /** A reason the request gave in its body, for when the X-Change-Reason header gave none. */
        public ChangeContext orReason(String reason) {
            return this.reason != null ? this : new ChangeContext(actor, actorSubject, reason, correlationId, expectedVersion, mandate);
        }
    }
}
