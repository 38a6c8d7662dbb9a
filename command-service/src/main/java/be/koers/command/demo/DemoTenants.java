package be.koers.command.demo;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.CreateTenant;
import be.koers.planning.api.tenant.DefineDepartment;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.LocalisedName;
import org.axonframework.modelling.command.AggregateStreamCreationException;

import java.util.List;

/**
 * The demo's administrations, registered as an operator would: Koersbeke with the departments that own its demo
 * plan's work, and Zandhoven, empty, for a second administration to sign in to. Each once.
 */
final class DemoTenants {

    static final TenantId ZANDHOVEN = TenantId.of("zandhoven");

    private final DemoCommands demo;

    DemoTenants(DemoCommands demo) {
        this.demo = demo;
    }

    void register() {
        if (create(DemoCommands.TENANT, new LocalisedName("Gemeente Koersbeke", "Municipality of Koersbeke"))) {
            department("green-service", "Groendienst", "Green service");
            department("environment-service", "Milieudienst", "Environment service");
            department("mobility-service", "Mobiliteitsdienst", "Mobility service");
            department("housing-service", "Dienst Wonen", "Housing service");
            department("prevention-and-safety", "Lokale preventie en veiligheid", "Local prevention and safety");
            department("education", "Onderwijs en opvoeding", "Education and upbringing");
        }
        create(ZANDHOVEN, new LocalisedName("Gemeente Zandhoven", "Municipality of Zandhoven"));
    }

    private boolean create(TenantId tenant, LocalisedName name) {
        try {
            demo.send(new CreateTenant(tenant, name));
            return true;
        } catch (AggregateStreamCreationException registeredBefore) {
            return false;
        }
    }

    private void department(String id, String nl, String en) {
        demo.send(new DefineDepartment(DemoCommands.TENANT, DepartmentId.of(id), new LocalisedName(nl, en), List.of()));
    }
}
