package org.fractalgoals.query.replay;

import org.fractalgoals.query.QueryServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory version check of replay batches answers as the live statement would, and writes once per batch. */
class CoalescedVersionsTest extends QueryServiceTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    private CoalescedVersions versions;
    private final UUID row = UUID.randomUUID();

    @BeforeEach
    void table() {
        jdbc.execute("create table query.coalesced_test (id uuid primary key, version bigint not null, "
                             + "updated_at timestamptz, deleted boolean not null default false)");
        jdbc.update("insert into query.coalesced_test (id, version) values (?, 3)", row);
        versions = new CoalescedVersions(jdbc, "query.coalesced_test", "id", "not deleted", "updated_at");
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table query.coalesced_test");
    }

    @Test
    void decides_in_memory_and_writes_the_last_version_once_when_the_batch_commits() {
        List<Boolean> answers = new ArrayList<>();
        List<Long> seenInside = new ArrayList<>();
        inReplayBatch(v -> {
            answers.add(v.advance(row, 5, AT));
            answers.add(v.advance(row, 4, AT.plusSeconds(1)));
            answers.add(v.advance(row, 5, AT.plusSeconds(2)));
            answers.add(v.advance(row, 6, AT.plusSeconds(3)));
            seenInside.add(version());
        });

        assertThat(answers).containsExactly(true, false, false, true);
        assertThat(seenInside).as("nothing written before the commit").containsExactly(3L);
        assertThat(version()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select updated_at from query.coalesced_test where id = ?", Timestamp.class, row)
                       .toInstant()).isEqualTo(AT.plusSeconds(3));
    }

    @Test
    void a_row_that_is_gone_or_absent_takes_no_events_until_it_is_inserted() {
        UUID absent = UUID.randomUUID();
        List<Boolean> answers = new ArrayList<>();
        inReplayBatch(v -> {
            answers.add(v.advance(row, 4, AT));
            jdbc.update("update query.coalesced_test set deleted = true where id = ?", row);
            v.gone(row);
            answers.add(v.advance(row, 5, AT));
            answers.add(v.advance(absent, 1, AT));
            jdbc.update("insert into query.coalesced_test (id, version) values (?, 1)", absent);
            v.created(absent, 1, AT);
            answers.add(v.advance(absent, 2, AT));
        });

        assertThat(answers).containsExactly(true, false, false, true);
        assertThat(version()).as("the advance before the deletion is kept").isEqualTo(4);
        assertThat(jdbc.queryForObject("select version from query.coalesced_test where id = ?", Long.class, absent))
                .isEqualTo(2);
    }

    @Test
    void a_created_row_is_decided_in_memory_from_the_version_it_was_created_with() {
        UUID created = UUID.randomUUID();
        List<Boolean> answers = new ArrayList<>();
        List<Long> readsBefore = new ArrayList<>();
        inReplayBatch(v -> {
            // The row is not in the table yet (its insert still waits, as in a replay's deferred writes): an answer
            // read from the database would be "unknown row, skip the event".
            v.created(created, 0, AT);
            answers.add(v.advance(created, 0, AT));
            answers.add(v.advance(created, 1, AT.plusSeconds(1)));
            answers.add(v.advance(created, 1, AT.plusSeconds(2)));
            jdbc.update("insert into query.coalesced_test (id, version) values (?, 0)", created);
            readsBefore.add(jdbc.queryForObject("select version from query.coalesced_test where id = ?", Long.class,
                                                created));
        });

        assertThat(answers).containsExactly(false, true, false);
        assertThat(readsBefore).containsExactly(0L);
        assertThat(jdbc.queryForObject("select version from query.coalesced_test where id = ?", Long.class, created))
                .as("the last version is written when the batch commits").isEqualTo(1);
    }

    @Test
    void forget_all_writes_what_is_pending_and_reads_versions_again() {
        List<Boolean> answers = new ArrayList<>();
        inReplayBatch(v -> {
            answers.add(v.advance(row, 4, AT));
            v.forgetAll();
            answers.add(version() == 4);
            jdbc.update("update query.coalesced_test set version = 10 where id = ?", row);
            answers.add(v.advance(row, 9, AT));
        });

        assertThat(answers).containsExactly(true, true, false);
        assertThat(version()).isEqualTo(10);
    }

    @Test
    void a_batch_that_rolls_back_leaves_nothing_behind() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            ReplayBatch.begin();
            versions.advance(row, 7, AT);
            status.setRollbackOnly();
        });
        assertThat(version()).isEqualTo(3);

        List<Boolean> answers = new ArrayList<>();
        inReplayBatch(v -> answers.add(v.advance(row, 7, AT)));
        assertThat(answers).as("the next batch reads the version afresh").containsExactly(true);
    }

    @Test
    void outside_a_replay_batch_it_leaves_the_check_to_the_caller() {
        assertThat(versions.advance(row, 9, AT)).isNull();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                assertThat(versions.advance(row, 9, AT)).isNull());
        assertThat(version()).isEqualTo(3);
    }

    private void inReplayBatch(Consumer<CoalescedVersions> work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ReplayBatch.begin();
            work.accept(versions);
        });
    }

    private long version() {
        return jdbc.queryForObject("select version from query.coalesced_test where id = ?", Long.class, row);
    }
}
