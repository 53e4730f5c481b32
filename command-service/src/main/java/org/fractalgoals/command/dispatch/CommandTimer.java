package org.fractalgoals.command.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times every command from the moment its handler starts until its events are stored ({@code fractal.commands},
 * tagged with the command's name and whether it succeeded), so that the latency of the write side can be told
 * apart from the HTTP layer's.
 */
final class CommandTimer implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    CommandTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        // Stopped when the unit of work ends, so the time includes storing the events.
        unitOfWork.onCleanup(finished -> sample.stop(Timer.builder("fractal.commands")
                                                           .description("Time to handle a command and store its events")
                                                           .tag("command", command)
                                                           .tag("outcome", finished.isRolledBack() ? "failed" : "ok")
                                                           .publishPercentileHistogram()
                                                           .register(registry)));
        return chain.proceed();
    }
}
