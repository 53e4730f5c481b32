package org.fractalgoals.platform.crypto;

import org.fractalgoals.platform.eventstore.EventStoreSchema;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tombstone lookups against the real key table, with the key destroyed as the command side destroys it. */
class ErasedOwnersTest {

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase("erased_owners_test"),
                                                                         SharedPostgres.server().user(),
                                                                         SharedPostgres.server().password());
        new EventStoreSchema(dataSource).afterPropertiesSet();
        jdbc = new JdbcTemplate(dataSource);
    }

    private static String ownerWithKey() {
        String owner = UUID.randomUUID().toString();
        jdbc.update("insert into eventstore.user_data_key (owner_id, wrapped_key, master_key_id) values (?, ?, 'test')",
                    owner, new byte[] {1, 2, 3});
        return owner;
    }

    private static void destroyKey(String owner) {
        jdbc.update("insert into eventstore.user_data_key (owner_id, wrapped_key, master_key_id, destroyed_at) "
                    + "values (?, null, 'test', now()) on conflict (owner_id) do update set wrapped_key = null, "
                    + "destroyed_at = coalesce(user_data_key.destroyed_at, excluded.destroyed_at)", owner);
    }

    @Test
    void an_owner_with_a_live_key_or_without_any_is_not_erased_and_one_with_a_destroyed_key_is() {
        ErasedOwners erased = new ErasedOwners(jdbc, Duration.ZERO);
        String live = ownerWithKey();
        String destroyed = ownerWithKey();
        String neverHadAKey = UUID.randomUUID().toString();
        destroyKey(destroyed);

        assertThat(erased.isErased(live)).isFalse();
        assertThat(erased.isErased(neverHadAKey)).isFalse();
        assertThat(erased.isErased(destroyed)).isTrue();
    }

    @Test
    void an_erasure_is_kept_for_good_once_seen() {
        ErasedOwners erased = new ErasedOwners(jdbc, Duration.ZERO);
        String owner = ownerWithKey();
        destroyKey(owner);
        assertThat(erased.isErased(owner)).isTrue();

        jdbc.update("delete from eventstore.user_data_key where owner_id = ?", owner);

        assertThat(erased.isErased(owner)).as("answered from memory").isTrue();
    }

    @Test
    void a_negative_answer_is_kept_for_its_time_unless_a_recheck_is_asked_for() {
        ErasedOwners erased = new ErasedOwners(jdbc, Duration.ofHours(1));
        String owner = ownerWithKey();
        assertThat(erased.isErased(owner)).isFalse();

        destroyKey(owner);

        assertThat(erased.isErased(owner)).as("within the time a negative answer is kept").isFalse();
        erased.recheck(owner);
        assertThat(erased.isErased(owner)).isTrue();
    }
}
