package org.fractalgoals.command.dispatch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Collects the ids of the events published while one command runs on this thread, so that the HTTP answer
 * can name their positions in the event store. It relies on Axon's local command bus handling a command on
 * the caller's thread, which is how the command-service is configured.
 */
final class EventCapture implements AutoCloseable {

    private static final ThreadLocal<EventCapture> CURRENT = new ThreadLocal<>();
    private final List<String> eventIds = new ArrayList<>();

    private EventCapture() {
    }

    static EventCapture begin() {
        EventCapture capture = new EventCapture();
        CURRENT.set(capture);
        return capture;
    }

    List<String> eventIds() {
        return List.copyOf(eventIds);
    }

    @Override
    public void close() {
        CURRENT.remove();
    }

    static MessageDispatchInterceptor<EventMessage<?>> interceptor() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                return (index, message) -> {
                    EventCapture capture = CURRENT.get();
                    if (capture != null) {
                        capture.eventIds.add(message.getIdentifier());
                    }
                    return message;
                };
            }
        };
    }
}
