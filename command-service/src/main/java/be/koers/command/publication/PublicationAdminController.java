package be.koers.command.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The event store is the source of truth: when Kafka lost its topics (or a new consumer needs history older than
 * the topics hold), the publisher can publish every stored event again. Consumers deduplicate, so this is safe.
 */
@RestController
@RequestMapping("/admin/publication")
@Tag(name = "Operations")
public class PublicationAdminController {

    private static final Logger log = LoggerFactory.getLogger(PublicationAdminController.class);
    private final EventProcessingConfiguration processing;

    public PublicationAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Publish every stored event to Kafka again, from the first one (admin)")
    public Map<String, Object> replay() {
        StreamingEventProcessor publisher = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The Kafka publisher is not configured"));
        publisher.shutDown();
        publisher.resetTokens();
        publisher.start();
        log.info("Republishing every stored event to Kafka from the start of the event store");
        return Map.of("processor", KafkaEventPublisher.PROCESSING_GROUP, "replaying", true);
    }
}
