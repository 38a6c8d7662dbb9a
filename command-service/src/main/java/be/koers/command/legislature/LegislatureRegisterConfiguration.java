package be.koers.command.legislature;

import be.koers.planning.api.legislature.CreateLegislature;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link LegislatureRegister} into the command's transaction: its event handler in a subscribing
 * processor, so the register is written where the event is stored, with a failure that rolls the command back
 * instead of being logged and skipped; its check around every {@link CreateLegislature}, inside the transaction
 * the command bus starts for the handler.
 */
@Configuration
class LegislatureRegisterConfiguration {

    @Bean
    ConfigurerModule legislatureRegisterInTheCommandsTransaction() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(LegislatureRegister.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(LegislatureRegister.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    Registration legislatureClashCheck(CommandBus commandBus, LegislatureRegister register) {
        return commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            CommandMessage<?> command = unitOfWork.getMessage();
            if (command.getPayload() instanceof CreateLegislature create) {
                register.refuseClashes(create);
            }
            return chain.proceed();
        });
    }
}
