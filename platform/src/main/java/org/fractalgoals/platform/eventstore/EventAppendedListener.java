package org.fractalgoals.platform.eventstore;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Listens on the channel that the event table's trigger notifies after every committed append, and wakes
 * the event store's reader. A dedicated connection keeps the LISTEN alive; when it breaks, it reconnects,
 * and the event store's fetch delay bounds how late events can be meanwhile.
 */
public class EventAppendedListener implements SmartLifecycle {

    static final String CHANNEL = "fractal_events_appended";
    private static final Logger log = LoggerFactory.getLogger(EventAppendedListener.class);

    private final String jdbcUrl;
    private final Properties credentials;
    private final NotifiableEventStore eventStore;
    private volatile boolean running;
    private Thread thread;

    public EventAppendedListener(String jdbcUrl, String user, String password, NotifiableEventStore eventStore) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.eventStore = eventStore;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("event-appended-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Events may have been appended while we were not listening.
                eventStore.eventsAppendedElsewhere();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        eventStore.eventsAppendedElsewhere();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the event notification connection ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
