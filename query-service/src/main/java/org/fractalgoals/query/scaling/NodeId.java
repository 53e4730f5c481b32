package org.fractalgoals.query.scaling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this instance claims segments under in the token table ({@code owner}) and heartbeats under in
 * {@code service_instance}. {@code FRACTAL_NODE_ID} sets it; the default (host name, process id and a random
 * part) differs for every process, also for two containers that share a host name.
 */
public record NodeId(String value) {

    public NodeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("node id must not be blank");
        }
        if (value.length() > 255) {
            throw new IllegalArgumentException("node id must be at most 255 characters");
        }
    }

    static NodeId configuredOr(String configured) {
        return configured == null || configured.isBlank() ? generated() : new NodeId(configured.strip());
    }

    static NodeId generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return new NodeId(host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public String toString() {
        return value;
    }
}
