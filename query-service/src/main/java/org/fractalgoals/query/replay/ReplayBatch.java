package org.fractalgoals.query.replay;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the projections may keep in memory while a replay's batch runs: bound to the batch's transaction by
 * {@link SearchPathTransactionManager}, written out just before that transaction commits and gone with it, so
 * nothing of it outlives a batch that rolled back. Live processors never have one; their handlers see
 * {@link #current()} return null and write as always.
 */
public final class ReplayBatch {

    private static final Object KEY = ReplayBatch.class;

    private final Map<Object, Pending> state = new LinkedHashMap<>();

    /** Something written to the database once per batch instead of once per event. */
    public interface Pending {
        void flush();
    }

    /** The batch of the replay transaction on this thread, or null outside a replay. */
    public static ReplayBatch current() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (ReplayBatch) TransactionSynchronizationManager.getResource(KEY)
                : null;
    }

    /** The state under {@code key} of the replay batch on this thread, made on first use; null outside a replay. */
    public static <T extends Pending> T currentState(Object key, Supplier<T> create) {
        ReplayBatch batch = current();
        return batch == null ? null : batch.state(key, ignored -> create.get());
    }

    /** The batch's state under {@code key}, made on first use. */
    @SuppressWarnings("unchecked")
    public <T extends Pending> T state(Object key, Function<Object, T> create) {
        return (T) state.computeIfAbsent(key, create);
    }

    /** Called with a replay transaction just begun on this thread; one taking part in an outer one shares its batch. */
    static void begin() {
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            return;
        }
        ReplayBatch batch = new ReplayBatch();
        TransactionSynchronizationManager.bindResource(KEY, batch);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                batch.flush();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
    }

    private void flush() {
        state.values().forEach(Pending::flush);
    }
}
