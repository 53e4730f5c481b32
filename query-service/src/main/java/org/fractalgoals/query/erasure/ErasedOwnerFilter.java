package org.fractalgoals.query.erasure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.platform.crypto.ErasedOwners;
import org.springframework.stereotype.Component;

/**
 * Keeps every projection away from the events of erased owners, live and in replays alike: an owned event whose
 * owner's key is destroyed reaches no handler, so nothing of that user is built again, and an event that a command
 * racing the erasure appended after it cannot bring a row back either. The {@link AccountErased} event itself goes
 * through, so that every read model purges the owner's rows in its own order; it is also how this process learns of
 * the erasure first-hand, so it drops what it keeps in memory about that owner: a cached data key (which would
 * still decrypt their text) and a cached "not erased".
 */
@Component
public class ErasedOwnerFilter implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ErasedOwners erasedOwners;
    private final DataKeyStore keys;

    ErasedOwnerFilter(ErasedOwners erasedOwners, DataKeyStore keys) {
        this.erasedOwners = erasedOwners;
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object payload = unitOfWork.getMessage().getPayload();
        if (payload instanceof AccountErased erased) {
            erasedOwners.recheck(erased.ownerId());
            keys.forget(erased.ownerId());
        } else if (payload instanceof OwnedEvent owned && erasedOwners.isErased(owned.ownerId())) {
            return null;
        }
        return interceptorChain.proceed();
    }
}
