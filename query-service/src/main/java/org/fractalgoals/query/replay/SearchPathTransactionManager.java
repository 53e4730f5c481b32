package org.fractalgoals.query.replay;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Consumer;

/**
 * Runs a replay's batches against its own schema: every transaction the replay processor starts first points
 * the connection's search path at the replay schema (for this transaction only), so the very same projection
 * code that writes the live tables writes the replay's copies instead. The live schema is deliberately not on
 * the path: a table missing from the replay schema must fail the replay, never fall through to live rows. Each
 * transaction also gets its {@link ReplayBatch}, where projections may keep what they write once per batch; what
 * it sends at commit may fail there, outside any handler, so a failed commit is reported as a handler's failure is.
 */
final class SearchPathTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String searchPath;
    private final Consumer<RuntimeException> commitFailed;

    SearchPathTransactionManager(TransactionManager delegate, JdbcTemplate jdbc, String schema,
                                 Consumer<RuntimeException> commitFailed) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.searchPath = "set local search_path to " + schema + ", eventstore";
        this.commitFailed = commitFailed;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute(searchPath);
            ReplayBatch.begin();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    transaction.commit();
                } catch (RuntimeException e) {
                    commitFailed.accept(e);
                    throw e;
                }
            }

            @Override
            public void rollback() {
                transaction.rollback();
            }
        };
    }
}
