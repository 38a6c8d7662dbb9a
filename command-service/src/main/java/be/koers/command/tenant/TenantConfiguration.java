package be.koers.command.tenant;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link Tenant} aggregate and the {@link TenantRegister}: commands reach the administration's stream, the
 * register is written in the transaction that stores the event (a failure rolls the command back), and the
 * aggregate has a cache of its own.
 */
@Configuration
class TenantConfiguration {

    @Bean
    ConfigurerModule tenantRegisterInTheCommandsTransaction() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(TenantRegister.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(TenantRegister.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    CommandTargetResolver tenantStreamResolver() {
        return new TenantStreamResolver();
    }

    @Bean
    Cache tenantCache() {
        return new WeakReferenceCache();
    }
}
