package be.koers.command.tenant;

import be.koers.planning.api.tenant.TenantCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/** A tenant command goes to its administration's stream, which is not the bare tenant id ({@link TenantCommand#streamOf}). */
public class TenantStreamResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        return new VersionedAggregateIdentifier(TenantCommand.streamOf(((TenantCommand) command.getPayload()).tenant()), null);
    }
}
