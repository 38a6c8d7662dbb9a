package be.koers.planning.api.shared;

/**
 * An event Koers publishes, as opposed to a command, which names its tenant too. Every concrete one carries Axon's
 * {@code @Revision} and is in {@link be.koers.planning.api.EventCatalog} without being listed there.
 */
public interface DomainEvent extends TenantScoped {
}
