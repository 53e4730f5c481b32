package org.fractalgoals.query;

import org.fractalgoals.platform.PlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Builds read models from the event store and answers queries from them. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
