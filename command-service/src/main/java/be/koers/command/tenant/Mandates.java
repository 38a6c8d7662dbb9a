package be.koers.command.tenant;

import be.koers.command.common.Mandate;
import be.koers.command.common.Refusal;
import be.koers.support.security.KoersRole;
import be.koers.support.security.KoersUser;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user may record for, worked out before their command is sent: their administration must be
 * registered (an operator creates it), and a scorer records for the departments their token names, matched by the
 * administration's rule; a planner or a finance system for any.
 */
@Component
public class Mandates {

    private final TenantRegister register;

    public Mandates(TenantRegister register) {
        this.register = register;
    }

    public Mandate of(KoersUser user) {
        TenantRegister.RegisteredTenant tenant = register.find(user.tenant()).orElseThrow(() -> Refusal.forbidden("tenant",
                "tenant-not-registered", "Your administration '" + user.tenant() + "' is not registered with Koers; an"
                        + " operator creates it (POST /admin/tenants) before anyone of it can change anything."));
        if (user.has(KoersRole.PLANNER) || user.has(KoersRole.FINANCE)) {
            return Mandate.ANY_DEPARTMENT;
        }
        return Mandate.of(tenant.departmentsClaimedBy(user.departments()));
    }
}
