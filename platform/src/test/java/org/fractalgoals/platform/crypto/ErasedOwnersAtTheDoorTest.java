package org.fractalgoals.platform.crypto;

import org.fractalgoals.platform.eventstore.EventStoreSchema;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tombstones: looked up in the table until found, then remembered. */
/** The API's door asks {@link ErasedOwners#isErasedNow}: no remembered "not erased" may let an erased user in. */
class ErasedOwnersAtTheDoorTest {

    private static JdbcTemplate jdbc;
    private static DataKeyStore keys;

    @BeforeAll
    static void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase("erased_accounts_test"),
                                                                         SharedPostgres.server().user(),
                                                                         SharedPostgres.server().password());
        new EventStoreSchema(dataSource).afterPropertiesSet();
        jdbc = new JdbcTemplate(dataSource);
        keys = new DataKeyStore(jdbc, new DataSourceTransactionManager(dataSource), new MasterKey("test", new byte[32]));
    }

    @Test
    void a_user_is_refused_from_the_first_check_after_the_erasure_was_committed() {
        ErasedOwners erased = new ErasedOwners(jdbc, Duration.ofHours(1));
        String user = UUID.randomUUID().toString();
        keys.keyForWriting(user);
        assertThat(erased.isErasedNow(user)).isFalse();
        assertThat(erased.isErased(user)).isFalse();

        keys.destroy(user);

        assertThat(erased.isErased(user)).as("a processor may still see the remembered answer").isFalse();
        assertThat(erased.isErasedNow(user)).isTrue();
    }

    @Test
    void a_tombstone_once_seen_is_not_looked_up_again() {
        ErasedOwners erased = new ErasedOwners(jdbc, Duration.ofHours(1));
        String user = UUID.randomUUID().toString();
        keys.destroy(user);
        assertThat(erased.isErasedNow(user)).isTrue();

        // Tombstones are never lifted; were the row gone, the remembered answer would stand.
        jdbc.update("delete from eventstore.user_data_key where owner_id = ?", user);

        assertThat(erased.isErasedNow(user)).isTrue();
        assertThat(new ErasedOwners(jdbc, Duration.ofHours(1)).isErasedNow(user)).isFalse();
    }
}
