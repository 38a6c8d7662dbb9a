package be.koers.planning.api.shared;

/** Everything that crosses a service boundary names the administration it belongs to. */
public interface TenantScoped {
    TenantId tenant();
}
