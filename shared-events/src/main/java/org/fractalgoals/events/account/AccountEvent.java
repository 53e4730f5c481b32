package org.fractalgoals.events.account;

import org.fractalgoals.events.personaldata.OwnedEvent;

/**
 * What happens to a user's account as a whole. The aggregate is the user's account, identified by
 * {@link #aggregateIdOf(String)}; its owner is the user (the token's {@code sub}).
 */
public sealed interface AccountEvent extends OwnedEvent permits TermsAccepted, AccountErased {

    /** A prefix keeps account streams apart from fractal, session … streams, whose ids are bare UUIDs. */
    static String aggregateIdOf(String userId) {
        return "account:" + userId;
    }
}
