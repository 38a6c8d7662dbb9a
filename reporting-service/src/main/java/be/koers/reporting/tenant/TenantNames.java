package be.koers.reporting.tenant;

import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.LocalisedName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What an administration is called, in Dutch and in English, as its tenant events named it. */
@Component
public class TenantNames {

    private final JdbcClient jdbc;

    TenantNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty while the read model knows no administration of that id. */
    public Optional<LocalisedName> of(TenantId tenant) {
        return jdbc.sql("SELECT name_nl, name_en FROM report_tenant WHERE tenant = :tenant")
                .param("tenant", tenant.value())
                .query((rs, rowNum) -> new LocalisedName(rs.getString("name_nl"), rs.getString("name_en")))
                .optional();
    }
}
