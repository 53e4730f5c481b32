package org.fractalgoals.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fractalgoals.events.account.AccountErased;

/**
 * The processor-level part of a live read model's dead-lettering, registered for its processor only (Axon also runs
 * it around every retry of a dead letter): it opens the {@link SavepointScope} for the handlers, and on
 * {@link AccountErased} deletes the erased owner's dead letters of this read model first, in the batch's transaction,
 * so that the erasure itself is never stuck behind them and no event of that owner waits in the queue afterwards.
 */
final class DeadLetterInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String readModel;
    private final DeadLetterStore store;
    private final CarefulMode mode;

    DeadLetterInterceptor(String readModel, DeadLetterStore store, CarefulMode mode) {
        this.readModel = readModel;
        this.store = store;
        this.mode = mode;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        boolean retry = unitOfWork.resources().containsKey(DeadLetter.class.getName());
        if (!retry && unitOfWork.getMessage().getPayload() instanceof AccountErased erased) {
            store.purgeOwner(readModel, erased.ownerId());
        }
        return SavepointScope.within(mode, retry, interceptorChain::proceed);
    }
}
