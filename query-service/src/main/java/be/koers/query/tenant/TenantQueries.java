package be.koers.query.tenant;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.Department;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.FindTenant;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.projection.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Answers questions about the registered administrations: {@link FindTenant} for one administration (its own users
 * ask, and other read models that need its departments), and the list of all of them (an operator asks).
 */
@Component
public class TenantQueries {

    private final JdbcClient jdbc;

    TenantQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The administration with its departments, read in one snapshot; empty when no operator registered it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<TenantView> answer(FindTenant question) {
        TenantId tenant = question.tenant();
        return jdbc.sql("SELECT * FROM tenant WHERE tenant = :tenant")
                .param("tenant", tenant.value())
                .query((rs, rowNum) -> new Settings(nameOf(rs), DepartmentMatch.valueOf(rs.getString("department_match")),
                        rs.getBoolean("public_page")))
                .optional()
                .map(settings -> new TenantView(tenant.value(), settings.name(), settings.departmentMatch(),
                        settings.publicPage(), departmentsOf(tenant)));
    }

    /** Every registered administration, by id. */
    @Transactional(readOnly = true)
    public List<TenantSummary> registered() {
        return jdbc.sql("SELECT * FROM tenant ORDER BY tenant")
                .query((rs, rowNum) -> new TenantSummary(rs.getString("tenant"), nameOf(rs), rs.getBoolean("public_page"),
                        rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private List<Department> departmentsOf(TenantId tenant) {
        return jdbc.sql("SELECT * FROM tenant_department WHERE tenant = :tenant ORDER BY position, department_id")
                .param("tenant", tenant.value())
                .query((rs, rowNum) -> new Department(DepartmentId.of(rs.getString("department_id")), nameOf(rs),
                        SqlArrays.toList(rs.getArray("groups"))))
                .list();
    }

    private static LocalisedName nameOf(ResultSet rs) throws SQLException {
        return new LocalisedName(rs.getString("name_nl"), rs.getString("name_en"));
    }

    private record Settings(LocalisedName name, DepartmentMatch departmentMatch, boolean publicPage) {
    }
}
