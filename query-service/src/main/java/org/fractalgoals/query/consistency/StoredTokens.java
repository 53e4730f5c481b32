package org.fractalgoals.query.consistency;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The positions processors have committed to the token table ({@code query.tokenentry}), read without claiming
 * anything: for segments another instance processes, and for processors that are paused.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Segment → token; a segment that has not handled an event yet maps to {@code null}. */
    public Map<Integer, TrackingToken> bySegment(String processorName) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query("select segment, token, tokentype from query.tokenentry where processorname = ?", rs -> {
            byte[] data = rs.getBytes(2);
            String type = rs.getString(3);
            tokens.put(rs.getInt(1), data == null || type == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(data, byte[].class, new SimpleSerializedType(type, null))));
        }, processorName);
        return tokens;
    }

    public List<TrackingToken> of(String processorName) {
        return new ArrayList<>(bySegment(processorName).values());
    }

    public Set<Integer> segments(String processorName) {
        return new HashSet<>(jdbc.queryForList("select segment from query.tokenentry where processorname = ?",
                                               Integer.class, processorName));
    }
}
