package be.koers.query.history.audit;

import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import org.springframework.stereotype.Component;

import static be.koers.query.plan.FieldChange.quoted;

/** Lines for the administration itself: registered, its settings and its departments. They belong to no plan. */
@Component
class TenantDescriber implements Describer {

    @Override
    public void addTo(Descriptions descriptions) {
        descriptions
                .on(TenantCreated.class, (e, envelope) -> Description.of("Administration " + quoted(e.name().en())
                        + " registered"))
                .on(TenantSettingsChanged.class, (e, envelope) -> Description.of("Settings of administration "
                        + quoted(e.name().en()) + " changed"))
                .on(DepartmentDefined.class, (e, envelope) -> Description.of("Department " + quoted(e.name().en())
                        + " defined"))
                .on(DepartmentRevised.class, (e, envelope) -> Description.of("Department " + quoted(e.name().en())
                        + " revised"))
                .on(DepartmentRemoved.class, (e, envelope) -> Description.of("Department " + e.departmentId()
                        + " removed"));
    }
}
