package org.fractalgoals.query.deadletter;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;


/**
 * Runs every {@code @EventHandler} invocation of a dead-lettering processor inside a savepoint of the batch's
 * transaction. Without it, a handler whose SQL fails leaves the PostgreSQL transaction aborted: Axon would catch the
 * exception and enqueue the dead letter, but that insert, every other event of the batch and the token would be
 * refused and rolled back, and the processor would retry the batch forever. With it, only the failing handler's own
 * writes are rolled back (to its savepoint) and the rest of the batch, the dead letter and the token commit.
 *
 * <p>It has to sit here, around the handler method: a processor's {@code MessageHandlerInterceptor} runs outside
 * Axon's dead-lettering invoker, so a savepoint there would also roll back the dead letter. Axon's Spring support
 * applies every {@link HandlerEnhancerDefinition} bean to every handler; this one only acts while
 * {@link SavepointScope} is active, which only the live dead-lettering processors set (replays are measured for
 * speed and must fail on a poison event rather than skip it).
 */
@Component
class SavepointHandlerEnhancer implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED;

    static {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
        definition.setName("event-handler-savepoint");
        NESTED = definition;
    }

    /** Resolved on first use: enhancers are created while Axon's configuration is being built. */
    private final ObjectProvider<PlatformTransactionManager> transactions;

    SavepointHandlerEnhancer(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !original.hasAnnotation(EventHandler.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!SavepointScope.active()) {
                    return super.handle(message, target);
                }
                PlatformTransactionManager manager = transactions.getObject();
                TransactionStatus savepoint = manager.getTransaction(NESTED);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    rollBack(manager, savepoint, e);
                    throw e;
                }
                manager.commit(savepoint);
                return result;
            }
        };
    }

    private static void rollBack(PlatformTransactionManager manager, TransactionStatus savepoint, Throwable cause) {
        try {
            manager.rollback(savepoint);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
