package be.koers.projection;

import be.koers.planning.api.legislature.LegislatureCreated;
import be.koers.planning.api.legislature.LegislatureId;
import be.koers.planning.api.plan.PlanClosed;
import be.koers.planning.api.plan.PlanEvent;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventHandlersTest {

    @Test
    void thePartThatSeesEveryEventRunsBeforeTheHandlers() {
        List<String> ran = new ArrayList<>();
        EventHandlers handlers = new EventHandlers()
                .on(PlanEvent.class, (event, envelope) -> ran.add("handler"))
                .first((event, envelope) -> ran.add("first " + event.tenant().value()));

        handlers.apply(new PlanClosed(TenantId.of("koersbeke"), PlanId.of("p"), "done"), null);
        handlers.apply(new LegislatureCreated(TenantId.of("koersbeke"), LegislatureId.of("l"), "2026-2031", 2026, 2031), null);

        assertThat(ran).containsExactly("first koersbeke", "handler", "first koersbeke");
    }
}
