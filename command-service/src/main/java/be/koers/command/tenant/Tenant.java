package be.koers.command.tenant;

import be.koers.command.common.Refusal;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.ChangeTenantSettings;
import be.koers.planning.api.tenant.CreateTenant;
import be.koers.planning.api.tenant.DefineDepartment;
import be.koers.planning.api.tenant.Department;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.RemoveDepartment;
import be.koers.planning.api.tenant.ReviseDepartment;
import be.koers.planning.api.tenant.TenantCommand;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An administration that uses Koers, as data: an operator creates it, its tenant admin keeps its display names, its
 * departments and how its users' tokens name them. Its stream is {@link TenantCommand#streamOf}.
 */
@Aggregate(cache = "tenantCache", filterEventsByType = true, commandTargetResolver = "tenantStreamResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Tenant {

    @AggregateIdentifier
    private String stream;
    private TenantId tenant;
    private LocalisedName name;
    private DepartmentMatch departmentMatch;
    private boolean publicPage;
    private Map<String, Department> departments = new LinkedHashMap<>();

    protected Tenant() {
        // for Axon
    }

    @CommandHandler
    public Tenant(CreateTenant command) {
        // names as the new administration's tokens will most likely carry them, until its tenant admin says otherwise
        apply(new TenantCreated(command.tenant(), command.name(), DepartmentMatch.NAME, false));
    }

    @CommandHandler
    void handle(ChangeTenantSettings command) {
        if (!name.equals(command.name()) || departmentMatch != command.departmentMatch() || publicPage != command.publicPage()) {
            apply(new TenantSettingsChanged(tenant, command.name(), command.departmentMatch(), command.publicPage()));
        }
    }

    @CommandHandler
    void handle(DefineDepartment command) {
        if (departments.containsKey(command.departmentId().value())) {
            throw Refusal.conflict("departmentId", "department-exists", "Department " + command.departmentId()
                    + " exists already; revise it instead.");
        }
        requireNameFree(command.departmentId(), command.name());
        apply(new DepartmentDefined(tenant, command.departmentId(), command.name(), groupsOf(command.groups())));
    }

    @CommandHandler
    void handle(ReviseDepartment command) {
        Department current = department(command.departmentId());
        requireNameFree(command.departmentId(), command.name());
        Department revised = new Department(command.departmentId(), command.name(), groupsOf(command.groups()));
        if (!revised.equals(current)) {
            apply(new DepartmentRevised(tenant, command.departmentId(), command.name(), revised.groups()));
        }
    }

    @CommandHandler
    void handle(RemoveDepartment command) {
        department(command.departmentId());
        apply(new DepartmentRemoved(tenant, command.departmentId()));
    }

    private Department department(DepartmentId id) {
        Department department = departments.get(id.value());
        if (department == null) {
            throw Refusal.unknown("departmentId", "unknown-department", "There is no department " + id + ".");
        }
        return department;
    }

    /**
     * Two departments never share a name in either language: tokens may name departments by name, and an item's
     * owner names its department by id or name, so a shared name would make both ambiguous.
     */
    private void requireNameFree(DepartmentId id, LocalisedName name) {
        departments.values().stream()
                .filter(other -> !other.departmentId().equals(id))
                .filter(other -> other.owns(name.nl()) || other.owns(name.en()))
                .findFirst()
                .ifPresent(other -> {
                    throw Refusal.conflict("name", "department-name-taken", "Department " + other.departmentId()
                            + " is called '" + other.name().nl() + "' / '" + other.name().en() + "'; choose another name.");
                });
    }

    private static List<String> groupsOf(List<String> groups) {
        return groups == null ? List.of() : groups.stream().map(String::strip).distinct().toList();
    }

    @EventSourcingHandler
    void on(TenantCreated event) {
        stream = TenantCommand.streamOf(event.tenant());
        tenant = event.tenant();
        name = event.name();
        departmentMatch = event.departmentMatch();
        publicPage = event.publicPage();
    }

    @EventSourcingHandler
    void on(TenantSettingsChanged event) {
        name = event.name();
        departmentMatch = event.departmentMatch();
        publicPage = event.publicPage();
    }

    @EventSourcingHandler
    void on(DepartmentDefined event) {
        departments.put(event.departmentId().value(), new Department(event.departmentId(), event.name(), event.groups()));
    }

    @EventSourcingHandler
    void on(DepartmentRevised event) {
        departments.put(event.departmentId().value(), new Department(event.departmentId(), event.name(), event.groups()));
    }

    @EventSourcingHandler
    void on(DepartmentRemoved event) {
        departments.remove(event.departmentId().value());
    }
}
