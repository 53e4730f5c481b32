package org.fractalgoals.platform.observability;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Moves the request id between the log context and message metadata: a command sent while a request is handled
 * records its id (Axon then copies it onto the command's events, see PlatformConfiguration), and an event handler
 * logs with the id of the request that caused the event, whichever service or thread handles it.
 */
public final class RequestIdMetaData {

    private RequestIdMetaData() {
    }

    public static MessageDispatchInterceptor<CommandMessage<?>> onCommands() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, message) -> {
                    String id = MDC.get(RequestIds.KEY);
                    return id == null || message.getMetaData().containsKey(RequestIds.KEY)
                            ? message
                            : message.andMetaData(Map.of(RequestIds.KEY, id));
                };
            }
        };
    }

    public static MessageHandlerInterceptor<EventMessage<?>> inEventHandlers() {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                    throws Exception {
                Object id = unitOfWork.getMessage().getMetaData().get(RequestIds.KEY);
                String previous = MDC.get(RequestIds.KEY);
                if (id instanceof String text) {
                    MDC.put(RequestIds.KEY, text);
                }
                try {
                    return chain.proceed();
                } finally {
                    if (previous == null) {
                        MDC.remove(RequestIds.KEY);
                    } else {
                        MDC.put(RequestIds.KEY, previous);
                    }
                }
            }
        };
    }
}
