package org.fractalgoals.platform.security;

import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.platform.crypto.MasterKey;
import org.fractalgoals.platform.eventstore.EventStoreSchema;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tombstones: looked up in the table until found, then remembered. */
class ErasedAccountsTest {

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
        ErasedAccounts erased = new ErasedAccounts(keys);
        String user = UUID.randomUUID().toString();
        keys.keyForWriting(user);
        assertThat(erased.isErased(user)).isFalse();

        keys.destroy(user);

        assertThat(erased.isErased(user)).isTrue();
    }

    @Test
    void a_tombstone_once_seen_is_not_looked_up_again() {
        ErasedAccounts erased = new ErasedAccounts(keys);
        String user = UUID.randomUUID().toString();
        keys.destroy(user);
        assertThat(erased.isErased(user)).isTrue();

        // Tombstones are never lifted; were the row gone, the remembered answer would stand.
        jdbc.update("delete from eventstore.user_data_key where owner_id = ?", user);

        assertThat(erased.isErased(user)).isTrue();
        assertThat(new ErasedAccounts(keys).isErased(user)).isFalse();
    }
}
