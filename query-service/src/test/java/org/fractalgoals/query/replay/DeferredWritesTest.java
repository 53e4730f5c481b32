package org.fractalgoals.query.replay;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.fractalgoals.query.QueryServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replay writes go out in order and in batches, before reads and before the commit; live writes go out at once. */
class DeferredWritesTest extends QueryServiceTest {

    private static final String INSERT = "insert into query.deferred_test (id, name) values (?, ?)";
    private static final String RENAME = "update query.deferred_test set name = ? where id = ?";
    private static final String INSERT_OR_RENAME = INSERT + " on conflict (id) do update set name = excluded.name";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    private DeferredWrites writes;
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    @BeforeEach
    void table() {
        jdbc.execute("create table query.deferred_test (id uuid primary key, name text not null)");
        writes = new DeferredWrites(jdbc);
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table query.deferred_test");
    }

    @Test
    void in_a_replay_batch_writes_wait_for_a_read_or_the_commit_and_keep_their_order() {
        List<Long> seen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        inReplayBatch(() -> {
            writes.update(INSERT, first, "a");
            writes.update(INSERT, second, "b");
            // Depends on the insert before it: order across statement texts must hold.
            writes.update(RENAME, "a2", first);
            seen.add(rows());
            writes.flush();
            seen.add(rows());
            names.add(name(first));
            writes.update(RENAME, "a3", first);
            writes.update(RENAME, "b2", second);
            names.add(name(first));
        });

        assertThat(seen).as("rows before and after the read's flush").containsExactly(0L, 2L);
        assertThat(names).as("names inside the batch").containsExactly("a2", "a2");
        assertThat(name(first)).as("written at commit").isEqualTo("a3");
        assertThat(name(second)).isEqualTo("b2");
    }

    @Test
    void appended_rows_wait_apart_and_go_out_after_the_ordered_writes_at_a_read_or_the_commit() {
        List<Long> seen = new ArrayList<>();
        inReplayBatch(() -> {
            writes.appendAll(INSERT, List.<Object[]>of(new Object[] {first, "a"}));
            // An ordered write queued after it still goes out first: it finds no row to rename.
            writes.update(RENAME, "renamed", first);
            writes.appendAll(INSERT, List.<Object[]>of(new Object[] {second, "b"}));
            seen.add(rows());
            writes.flush();
            seen.add(rows());
            writes.appendAll(INSERT, List.<Object[]>of(new Object[] {UUID.randomUUID(), "c"}));
        });

        assertThat(seen).as("rows before and after the read's flush").containsExactly(0L, 2L);
        assertThat(name(first)).isEqualTo("a");
        assertThat(rows()).as("the last one sent at commit").isEqualTo(3L);
    }

    @Test
    void a_queued_insert_can_be_changed_until_it_is_sent_and_not_after() {
        List<Boolean> queued = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        inReplayBatch(() -> {
            writes.updateAmendable(first, INSERT, first, "a");
            Object[] insert = writes.queued(first);
            insert[1] = "a2";
            seen.add(rows());
            queued.add(writes.queued(second) != null);
            writes.flush();
            queued.add(writes.queued(first) != null);
            writes.update(RENAME, "a3", first);
        });

        assertThat(seen).as("changing the insert sends nothing").containsExactly(0L);
        assertThat(queued).as("another row; the same row after the flush").containsExactly(false, false);
        assertThat(name(first)).isEqualTo("a3");
        inReplayBatch(() -> {
            writes.updateAmendable(second, INSERT, second, "b");
            writes.queued(second)[1] = "b2";
        });
        assertThat(name(second)).as("the insert as it was changed, sent at the commit").isEqualTo("b2");
        writes.updateAmendable(UUID.randomUUID(), RENAME, "a4", first);
        assertThat(writes.queued(first)).as("live, nothing waits").isNull();
        assertThat(name(first)).isEqualTo("a4");
    }

    @Test
    void a_long_run_of_one_insert_ends_as_the_rows_one_after_the_other_would() {
        String insertOrKeep = INSERT + " on conflict do nothing";
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(i == 70 ? ids.get(3) : UUID.randomUUID());
        }
        inReplayBatch(() -> {
            for (int i = 0; i < ids.size(); i++) {
                writes.update(insertOrKeep, ids.get(i), "row " + i);
            }
            writes.update(RENAME, "renamed", ids.get(99));
        });

        assertThat(rows()).as("100 rows, one a repeated key").isEqualTo(99);
        assertThat(name(ids.get(3))).as("the first of two rows with one key stays").isEqualTo("row 3");
        assertThat(name(ids.get(64))).isEqualTo("row 64");
        assertThat(name(ids.get(98))).isEqualTo("row 98");
        assertThat(name(ids.get(99))).as("the update after the run sees its last row").isEqualTo("renamed");
    }

    @Test
    void only_plain_inserts_of_placeholders_are_sent_as_rows_of_one_statement() {
        assertThat(MultiRowInsert.of(INSERT)).isPresent();
        assertThat(MultiRowInsert.of("insert into t (a, b) values (?, ?::jsonb) on conflict do nothing")).isPresent();
        assertThat(MultiRowInsert.of("insert into t (a) values (?) on conflict (a) do update set a = excluded.a"))
                .as("an upsert fails on a key met twice in one statement").isEmpty();
        assertThat(MultiRowInsert.of("insert into t (a) select ? where exists (select 1 from u)")).isEmpty();
        assertThat(MultiRowInsert.of("insert into t (a, b) values (?, now())")).isEmpty();
        assertThat(MultiRowInsert.of(RENAME)).isEmpty();
        assertThat(MultiRowInsert.ofDistinctRows("insert into t (a) values (?) on conflict (a) do update set a = excluded.a"))
                .as("an upsert whose caller guarantees distinct keys").isPresent();
        assertThat(MultiRowInsert.ofDistinctRows("insert into t (a) select ? where exists (select 1 from u)")).isEmpty();
    }

    @Test
    void upserts_of_distinct_keys_share_statements_and_update_what_exists() {
        jdbc.update(INSERT, first, "old");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{first, "updated"});
        List<UUID> fresh = new ArrayList<>();
        for (int i = 0; i < 72; i++) {
            UUID id = UUID.randomUUID();
            fresh.add(id);
            rows.add(new Object[]{id, "new " + i});
        }
        MultiRowInsert.ofDistinctRows(INSERT_OR_RENAME).orElseThrow().send(jdbc, rows);

        assertThat(name(first)).isEqualTo("updated");
        assertThat(name(fresh.getLast())).isEqualTo("new 71");
        assertThat(rows()).isEqualTo(73);
    }

    @Test
    void outside_a_replay_batch_a_write_goes_out_at_once() {
        writes.update(INSERT, first, "a");
        assertThat(rows()).isEqualTo(1);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            writes.update(RENAME, "a2", first);
            assertThat(name(first)).isEqualTo("a2");
        });
    }

    @Test
    void a_write_that_fails_at_the_commit_fails_the_commit_and_leaves_nothing_behind() {
        jdbc.update(INSERT, first, "taken");

        assertThatThrownBy(() -> inReplayBatch(() -> {
            writes.update(INSERT, second, "b");
            writes.update(INSERT, first, "duplicate");
        })).isInstanceOf(DataAccessException.class);

        assertThat(rows()).isEqualTo(1);
        assertThat(name(first)).isEqualTo("taken");
        inReplayBatch(() -> writes.update(INSERT, second, "b"));
        assertThat(rows()).as("the failed batch's queue is gone with it").isEqualTo(2);
    }

    @Test
    void a_replay_transaction_whose_deferred_writes_fail_at_the_commit_reports_it() {
        jdbc.update(INSERT, first, "taken");
        List<RuntimeException> reported = new ArrayList<>();
        SearchPathTransactionManager replayTransactions = new SearchPathTransactionManager(
                new SpringTransactionManager(transactions), jdbc, "query", reported::add);

        Transaction transaction = replayTransactions.startTransaction();
        writes.update(INSERT, first, "duplicate");
        assertThatThrownBy(transaction::commit).isInstanceOf(DataAccessException.class);

        assertThat(reported).singleElement().isInstanceOf(DeferredWrites.Failed.class);
        assertThat(name(first)).isEqualTo("taken");
    }

    @Test
    void a_failed_write_names_the_events_of_its_jdbc_batch_and_no_other() {
        jdbc.update(INSERT, first, "taken");
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), first, UUID.randomUUID());
        List<Object> named = new ArrayList<>();

        assertThatThrownBy(() -> inReplayBatch(() -> {
            DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("sent before"))
                             .execute(() -> writes.update(INSERT, second, "sent"));
            DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a rename before"))
                             .execute(() -> writes.update(RENAME, "renamed", second));
            for (int i = 0; i < ids.size(); i++) {
                UUID id = ids.get(i);
                DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event " + i))
                                 .execute(() -> writes.update(INSERT, id, "row"));
            }
        })).isInstanceOfSatisfying(DeferredWrites.Failed.class,
                                   failed -> failed.events().forEach(event -> named.add(event.getPayload())));

        // The fourth insert met the taken id; the driver reports the whole JDBC batch of inserts failed.
        assertThat(named).as("events named").contains("event 3").doesNotContain("sent before", "a rename before");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void a_version_check_reads_the_rows_the_deferred_writes_made() {
        jdbc.execute("alter table query.deferred_test add column version bigint not null default 0");
        CoalescedVersions versions = new CoalescedVersions(jdbc, writes, "query.deferred_test", "id", "", null);
        List<Boolean> answers = new ArrayList<>();
        inReplayBatch(() -> {
            writes.update(INSERT, first, "a");
            answers.add(versions.advance(first, 1, null));
            writes.update(RENAME, "a2", first);
        });

        assertThat(answers).as("the row exists for the check").containsExactly(true);
        assertThat(jdbc.queryForObject("select version from query.deferred_test where id = ?", Long.class, first))
                .isEqualTo(1);
        assertThat(name(first)).isEqualTo("a2");
    }

    private void inReplayBatch(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ReplayBatch.begin();
            work.run();
        });
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from query.deferred_test", Long.class);
    }

    private String name(UUID id) {
        return jdbc.queryForObject("select name from query.deferred_test where id = ?", String.class, id);
    }
}
