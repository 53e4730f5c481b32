package org.fractalgoals.query.analytics.activity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every metric and split pair an activity ever had, each known by its position, so that an instance stores its values
 * as {@code [key, value, …]} instead of repeating two ids per value. Append-only: a position never changes meaning,
 * so values stored before an edit still read as what they were.
 */
record ValueKeys(List<Key> keys) {

    /** splitId null: a value of an activity without splits. */
    record Key(UUID metricId, UUID splitId) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    ValueKeys {
        keys = List.copyOf(keys);
    }

    /** These keys, and a new one for each pair of the definition they do not have yet. */
    ValueKeys with(List<MetricDefinition> metrics, List<SplitDefinition> splits) {
        List<Key> all = new ArrayList<>(keys);
        for (MetricDefinition metric : metrics) {
            add(all, new Key(metric.metricId(), null));
            splits.forEach(split -> add(all, new Key(metric.metricId(), split.splitId())));
        }
        return new ValueKeys(all);
    }

    private static void add(List<Key> keys, Key key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    /** @return the position of the pair, or -1 when the activity never had it (such a value cannot be plotted) */
    int indexOf(UUID metricId, UUID splitId) {
        return keys.indexOf(new Key(metricId, splitId));
    }

    // ---- sets -----------------------------------------------------------------------------------------------

    /** {@code [[key, value, …], …]}, blank inputs left out. */
    String encodeSets(List<ActivitySet> sets) {
        return write(generator -> {
            generator.writeStartArray();
            for (ActivitySet set : sets) {
                Map<Integer, BigDecimal> values = new LinkedHashMap<>();
                set.values().forEach(value -> put(values, value));
                writePairs(generator, values);
            }
            generator.writeEndArray();
        });
    }

    List<List<StoredValue>> decodeSets(String json) {
        List<List<StoredValue>> sets = new ArrayList<>();
        read(json, parser -> {
            expect(parser, JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                List<StoredValue> set = new ArrayList<>();
                readPairs(parser).forEach((key, value) -> set.add(stored(key, value)));
                sets.add(set);
            }
        });
        return sets;
    }

    // ---- single values ----------------------------------------------------------------------------------

    /** The values by key, in the order first recorded. */
    Map<Integer, BigDecimal> decodeValues(String json) {
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        read(json, parser -> {
            expect(parser, JsonToken.START_ARRAY);
            values.putAll(readPairs(parser));
        });
        return values;
    }

    /** Sets each value by its pair; a null value removes the pair's value. */
    Map<Integer, BigDecimal> apply(Map<Integer, BigDecimal> current, List<RecordedValue> changes) {
        Map<Integer, BigDecimal> values = new LinkedHashMap<>(current);
        for (RecordedValue change : changes) {
            if (change.value() == null) {
                int key = indexOf(change.metricId(), change.splitId());
                values.remove(key);
            } else {
                put(values, change);
            }
        }
        return values;
    }

    String encodeValues(Map<Integer, BigDecimal> values) {
        return write(generator -> writePairs(generator, values));
    }

    // ---- mapping ------------------------------------------------------------------------------------------

    private void put(Map<Integer, BigDecimal> values, RecordedValue value) {
        int key = indexOf(value.metricId(), value.splitId());
        if (key >= 0 && value.value() != null) {
            values.put(key, value.value());
        }
    }

    private StoredValue stored(int key, BigDecimal value) {
        Key pair = keys.get(key);
        return new StoredValue(pair.metricId(), pair.splitId(), value);
    }

    private static void writePairs(JsonGenerator generator, Map<Integer, BigDecimal> values) throws IOException {
        generator.writeStartArray();
        for (Map.Entry<Integer, BigDecimal> value : values.entrySet()) {
            generator.writeNumber(value.getKey());
            generator.writeNumber(value.getValue());
        }
        generator.writeEndArray();
    }

    /** Reads {@code key, value, …} up to the end of the array the parser is in. */
    private static Map<Integer, BigDecimal> readPairs(JsonParser parser) throws IOException {
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int key = parser.getIntValue();
            parser.nextToken();
            values.put(key, parser.getDecimalValue());
        }
        return values;
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.nextToken() != token) {
            throw new IllegalStateException("Stored values are not readable");
        }
    }

    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    private interface Reading {
        void read(JsonParser parser) throws IOException;
    }

    private static String write(Writing writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            writing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void read(String json, Reading reading) {
        try (JsonParser parser = JSON.createParser(json)) {
            reading.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
