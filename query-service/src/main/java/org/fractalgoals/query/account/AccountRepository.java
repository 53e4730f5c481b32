package org.fractalgoals.query.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code account} table of the accounts read model. */
@Repository
class AccountRepository {

    private final JdbcTemplate jdbc;

    AccountRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the acceptance unless a later event of the account stream was applied already. */
    void acceptTerms(String ownerId, String termsVersion, Instant acceptedAt, long sequence) {
        jdbc.update("insert into account (owner_id, terms_version, terms_accepted_at, version) values (?, ?, ?, ?) "
                    + "on conflict (owner_id) do update set terms_version = excluded.terms_version, "
                    + "terms_accepted_at = excluded.terms_accepted_at, version = excluded.version "
                    + "where account.version < excluded.version",
                    ownerId, termsVersion, Timestamp.from(acceptedAt), sequence);
    }

    void delete(String ownerId) {
        jdbc.update("delete from account where owner_id = ?", ownerId);
    }

    Optional<AccountView> find(String ownerId) {
        return jdbc.query("select owner_id, terms_accepted_at, terms_version from account where owner_id = ?",
                          (rs, n) -> new AccountView(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)),
                          ownerId).stream().findFirst();
    }
}
