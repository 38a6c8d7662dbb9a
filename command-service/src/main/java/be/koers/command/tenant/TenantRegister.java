package be.koers.command.tenant;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.Department;
import be.koers.planning.api.tenant.DepartmentDefined;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.DepartmentRemoved;
import be.koers.planning.api.tenant.DepartmentRevised;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.TenantCreated;
import be.koers.planning.api.tenant.TenantSettingsChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registered administrations with their departments, for the web layer to check a caller's administration and
 * work out a scorer's departments before it sends a command. Filled by the {@link #PROCESSING_GROUP} processor,
 * subscribing, in the transaction that stores each tenant event ({@link TenantConfiguration}), so it is never behind.
 */
@Component
@ProcessingGroup(TenantRegister.PROCESSING_GROUP)
public class TenantRegister {

    static final String PROCESSING_GROUP = "tenant-register";

    private final JdbcClient jdbc;

    public TenantRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The administration as registered, or empty when no operator created it. */
    public Optional<RegisteredTenant> find(TenantId tenant) {
        return jdbc.sql("SELECT department_match FROM tenant_register WHERE tenant = :tenant")
                .param("tenant", tenant.value())
                .query((row, n) -> DepartmentMatch.valueOf(row.getString("department_match")))
                .optional()
                .map(match -> new RegisteredTenant(tenant, match, departmentsOf(tenant)));
    }

    private List<Department> departmentsOf(TenantId tenant) {
        return jdbc.sql("SELECT department_id, name_nl, name_en, groups FROM tenant_department WHERE tenant = :tenant ORDER BY department_id")
                .param("tenant", tenant.value())
                .query((row, n) -> new Department(DepartmentId.of(row.getString("department_id")),
                        new LocalisedName(row.getString("name_nl"), row.getString("name_en")), texts(row.getArray("groups"))))
                .list();
    }

    @EventHandler
    void on(TenantCreated event) {
        jdbc.sql("INSERT INTO tenant_register (tenant, department_match) VALUES (:tenant, :match)")
                .param("tenant", event.tenant().value())
                .param("match", event.departmentMatch().name())
                .update();
    }

    @EventHandler
    void on(TenantSettingsChanged event) {
        jdbc.sql("UPDATE tenant_register SET department_match = :match WHERE tenant = :tenant")
                .param("tenant", event.tenant().value())
                .param("match", event.departmentMatch().name())
                .update();
    }

    @EventHandler
    void on(DepartmentDefined event) {
        keep(event.tenant(), new Department(event.departmentId(), event.name(), event.groups()));
    }

    @EventHandler
    void on(DepartmentRevised event) {
        keep(event.tenant(), new Department(event.departmentId(), event.name(), event.groups()));
    }

    @EventHandler
    void on(DepartmentRemoved event) {
        jdbc.sql("DELETE FROM tenant_department WHERE tenant = :tenant AND department_id = :id")
                .param("tenant", event.tenant().value())
                .param("id", event.departmentId().value())
                .update();
    }

    private void keep(TenantId tenant, Department department) {
        jdbc.sql("""
                        INSERT INTO tenant_department (tenant, department_id, name_nl, name_en, groups)
                        VALUES (:tenant, :id, :nl, :en, :groups)
                        ON CONFLICT (tenant, department_id)
                        DO UPDATE SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en, groups = EXCLUDED.groups""")
                .param("tenant", tenant.value())
                .param("id", department.departmentId().value())
                .param("nl", department.name().nl())
                .param("en", department.name().en())
                .param("groups", department.groups().toArray(String[]::new))
                .update();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    /** An administration as the command side knows it: how tokens name its departments, and which it has. */
    public record RegisteredTenant(TenantId tenant, DepartmentMatch departmentMatch, List<Department> departments) {

        /** The departments that the department values of a user's token name, by the administration's rule. */
        public List<Department> departmentsClaimedBy(List<String> claimValues) {
            return departmentMatch.departmentsClaimedBy(departments, claimValues);
        }
    }
}
