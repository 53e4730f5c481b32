package org.fractalgoals.platform.crypto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.personaldata.PersonalData;
import org.fractalgoals.platform.eventstore.EventStoreSchema;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encryption of personal data against a real key table. */
class PersonalDataSerializerTest {

    record Section(@PersonalData String title, int minutes) {
    }

    record Detail(@PersonalData String note) {
    }

    record Planned(String ownerId, Instant occurredAt, @PersonalData String name, String kind, Detail detail,
                   List<Section> sections) implements OwnedEvent {
    }

    record Plain(String ownerId, Instant occurredAt, String code) implements OwnedEvent {
    }

    private static JdbcTemplate jdbc;
    private static DataKeyStore keys;
    private static PersonalDataSerializer serializer;

    @BeforeAll
    static void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase("crypto_test"),
                                                                         SharedPostgres.server().user(),
                                                                         SharedPostgres.server().password());
        new EventStoreSchema(dataSource).afterPropertiesSet();
        jdbc = new JdbcTemplate(dataSource);
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        keys = new DataKeyStore(jdbc, new DataSourceTransactionManager(dataSource), new MasterKey("test", master));
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        serializer = new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(mapper).build(),
                                                new PersonalDataCipher(keys));
    }

    private static Planned planned(String owner) {
        return new Planned(owner, Instant.parse("2026-03-01T10:00:00Z"), "Morning scales", "PRACTICE",
                           new Detail("feel the rhythm"), List.of(new Section("Warm-up", 10), new Section("Etudes", 20)));
    }

    @Test
    void marked_text_is_encrypted_at_every_depth_and_read_back_unchanged() {
        Planned event = planned("owner-a");
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        String json = new String(stored.getData(), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("Morning scales", "feel the rhythm", "Warm-up", "Etudes");
        assertThat(json).contains("\"kind\":\"PRACTICE\"", "\"minutes\":10", "\"ownerId\":\"owner-a\"");
        assertThat(json).contains("\"name\":\"pd1:", "\"note\":\"pd1:", "\"title\":\"pd1:");
        assertThat((Planned) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void the_same_text_encrypts_differently_each_time_and_per_owner() {
        String first = new String(serializer.serialize(planned("owner-b"), byte[].class).getData(), StandardCharsets.UTF_8);
        String second = new String(serializer.serialize(planned("owner-b"), byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(first).isNotEqualTo(second);
        assertThat(jdbc.queryForObject("select count(*) from eventstore.user_data_key where owner_id = 'owner-b'",
                                       Integer.class)).isEqualTo(1);
    }

    @Test
    void a_value_moved_into_another_owners_event_does_not_decrypt() {
        SerializedObject<byte[]> stored = serializer.serialize(planned("owner-c"), byte[].class);
        serializer.serialize(planned("owner-d"), byte[].class);
        byte[] forged = new String(stored.getData(), StandardCharsets.UTF_8).replace("owner-c", "owner-d")
                                                                            .getBytes(StandardCharsets.UTF_8);
        SerializedObject<byte[]> tampered = new org.axonframework.serialization.SimpleSerializedObject<>(
                forged, byte[].class, stored.getType());
        assertThatThrownBy(() -> serializer.deserialize(tampered)).hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
        assertThat((Planned) serializer.deserialize(stored)).as("the thread's cipher after a failed value")
                                                           .isEqualTo(planned("owner-c"));
    }

    @Test
    void once_the_key_is_destroyed_the_text_reads_as_the_erased_placeholder_and_nothing_new_can_be_written() {
        SerializedObject<byte[]> stored = serializer.serialize(planned("owner-e"), byte[].class);
        jdbc.update("update eventstore.user_data_key set wrapped_key = null, destroyed_at = now() where owner_id = 'owner-e'");
        keys.forget("owner-e");

        Planned read = serializer.deserialize(stored);
        assertThat(read.name()).isEqualTo(PersonalDataCipher.ERASED);
        assertThat(read.sections()).extracting(Section::title).containsOnly(PersonalDataCipher.ERASED);
        assertThat(read.kind()).isEqualTo("PRACTICE");
        assertThatThrownBy(() -> serializer.serialize(planned("owner-e"), byte[].class))
                .isInstanceOf(DataKeyDestroyedException.class);
    }

    @Test
    void events_without_personal_data_pass_through_plain() {
        Plain plain = new Plain("owner-f", Instant.parse("2026-03-01T10:00:00Z"), "C-42");
        SerializedObject<byte[]> stored = serializer.serialize(plain, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("C-42");
        assertThat((Plain) serializer.deserialize(stored)).isEqualTo(plain);
        assertThat(jdbc.queryForObject("select count(*) from eventstore.user_data_key where owner_id = 'owner-f'",
                                       Integer.class)).isZero();
    }

    @Test
    void a_key_wrapped_by_another_master_key_is_not_usable() {
        serializer.serialize(planned("owner-g"), byte[].class);
        byte[] otherMaster = new byte[32];
        DataKeyStore otherKeys = new DataKeyStore(jdbc, new DataSourceTransactionManager(jdbc.getDataSource()),
                                                  new MasterKey("other", otherMaster));
        assertThatThrownBy(() -> otherKeys.keyForReading("owner-g")).isInstanceOf(IllegalStateException.class);
    }
}
