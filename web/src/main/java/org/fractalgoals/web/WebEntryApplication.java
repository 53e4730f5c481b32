package org.fractalgoals.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one address a browser talks to (:8080): serves the single-page app and routes {@code /api} to the
 * command-service or the query-service. Behind docker-compose, nginx does the same job.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebEntryApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebEntryApplication.class, args);
    }
}
