package be.koers.reporting.realisation;

import be.koers.planning.api.realisation.UnplannedWorkRecorded;
import be.koers.planning.api.shared.EventEnvelope;
import be.koers.planning.api.shared.TenantScoped;
import be.koers.reporting.ReportingServiceTest;
import be.koers.reporting.TwoLegislatures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event stored before the command-service refused NUL: the reporting read models apply it with U+FFFD in its
 * place, and count it, rather than skipping it.
 */
class StoredUnstorableTextTest extends ReportingServiceTest {

    private static final TwoLegislatures PLANS = new TwoLegislatures("nul");

    @Autowired
    private MeterRegistry meters;

    @Test
    void unplannedWorkWithNulInItsCauseExplanationIsInTheRealisationItems() {
        double replacedBefore = replacedTexts();
        String stored = "Europese\u0000subsidie-oproep";
        for (TenantScoped event : PLANS.previousLegislature()) {
            EventEnvelope envelope = events().envelope(event);
            if (event instanceof UnplannedWorkRecorded unplanned && unplanned.itemId().equals(PLANS.id("U1"))) {
                // changed in its JSON, as the command-service stored it before the input rules
                ((ObjectNode) envelope.payload()).put("causeExplanation", stored);
            }
            events().send(List.of(events().record(envelope)));
        }

        JsonNode items = awaitJson(planner(), "/api/plans/" + PLANS.previous.value() + "/realisation/items?kind=SPONTANEOUS",
                spontaneous -> spontaneous.size() == 1);
        assertThat(items.get(0).path("itemId").asText()).isEqualTo(PLANS.id("U1").value());
        assertThat(items.get(0).path("causeExplanation").asText()).isEqualTo("Europese\uFFFDsubsidie-oproep");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(replacedTexts()).isEqualTo(replacedBefore + 1));
    }

    private double replacedTexts() {
        Counter counter = meters.find("koers.projection.sanitised").tag("type", "UnplannedWorkRecorded").counter();
        return counter == null ? 0 : counter.count();
    }
}
