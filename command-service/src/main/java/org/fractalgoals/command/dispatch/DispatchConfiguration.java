package org.fractalgoals.command.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.security.CurrentUser;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Wires the command side's message interceptors: every command records the acting user in its metadata
 * (Axon copies it onto the events the command causes) unless it names its actor itself, as an automatic step
 * does, the events are captured for consistency tokens, and commands are timed.
 */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    DispatchConfiguration(CommandBus commandBus, EventBus eventBus, MeterRegistry meters) {
        commandBus.registerDispatchInterceptor(new ActorInterceptor());
        commandBus.registerHandlerInterceptor(new CommandTimer(meters));
        eventBus.registerDispatchInterceptor(EventCapture.interceptor());
    }

    private static final class ActorInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, message) -> message.getMetaData().containsKey(ActorMetaData.ACTOR)
                    ? message
                    : message.andMetaData(Map.of(ActorMetaData.ACTOR, CurrentUser.id()));
        }
    }
}
