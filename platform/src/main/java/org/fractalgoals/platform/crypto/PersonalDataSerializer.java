package org.fractalgoals.platform.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Axon's Jackson serializer with one addition: the {@code @PersonalData} components of an {@link OwnedEvent}
 * are encrypted with the owner's key on the way into the event store and decrypted on the way out. Every
 * other payload, metadata and token passes through the Jackson serializer untouched, and upcasters see the
 * same JSON as ever (the encrypted fields are plain strings to them).
 */
public class PersonalDataSerializer implements Serializer {

    private static final String OWNER_FIELD = "ownerId";

    private final JacksonSerializer jackson;
    private final ObjectMapper mapper;
    private final PersonalDataCipher cipher;
    /** Resolved once per type: the class loader's lookup was a tenth of reading an event. */
    private final Map<SerializedType, Class<?>> classes = new ConcurrentHashMap<>();

    public PersonalDataSerializer(JacksonSerializer jackson, PersonalDataCipher cipher) {
        this.jackson = jackson;
        this.mapper = jackson.getObjectMapper();
        this.cipher = cipher;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof OwnedEvent owned) || PersonalDataFields.of(object.getClass()).isEmpty()) {
            return jackson.serialize(object, expectedRepresentation);
        }
        JsonNode tree = mapper.valueToTree(object);
        transform(tree, PersonalDataFields.of(object.getClass()),
                  (owner, plain) -> cipher.encrypt(owner, plain), owned.ownerId());
        try {
            byte[] bytes = mapper.writeValueAsBytes(tree);
            T data = getConverter().convert(bytes, expectedRepresentation);
            return new SimpleSerializedObject<>(data, expectedRepresentation, typeForClass(object.getClass()));
        } catch (JsonProcessingException e) {
            throw new SerializationException("Unable to serialize " + object.getClass().getName(), e);
        }
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        PersonalDataFields fields = PersonalDataFields.of(type);
        if (fields.isEmpty() || !OwnedEvent.class.isAssignableFrom(type)) {
            return jackson.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                                               JsonNode.class).deepCopy();
        JsonNode owner = tree.get(OWNER_FIELD);
        if (owner == null || !owner.isTextual()) {
            throw new SerializationException("An owned event without " + OWNER_FIELD + ": " + type.getName());
        }
        transform(tree, fields, cipher::decrypt, owner.asText());
        try {
            @SuppressWarnings("unchecked")
            T value = (T) mapper.treeToValue(tree, type);
            return value;
        } catch (JsonProcessingException e) {
            throw new SerializationException("Unable to deserialize " + type.getName(), e);
        }
    }

    private static void transform(JsonNode node, PersonalDataFields fields,
                                  BiFunction<String, String, String> change, String ownerId) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (PersonalDataFields.Field field : fields.fields()) {
            JsonNode value = object.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (field) {
                case PersonalDataFields.Text text -> object.put(text.name(), change.apply(ownerId, value.asText()));
                case PersonalDataFields.Nested nested -> transform(value, nested.inner(), change, ownerId);
                case PersonalDataFields.NestedList list -> {
                    if (value instanceof ArrayNode array) {
                        array.forEach(element -> transform(element, list.inner(), change, ownerId));
                    }
                }
            }
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return classes.computeIfAbsent(new SimpleSerializedType(type.getName(), type.getRevision()),
                                       jackson::classForType);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
