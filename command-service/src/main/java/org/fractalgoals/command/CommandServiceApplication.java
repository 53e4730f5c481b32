package org.fractalgoals.command;

import org.fractalgoals.platform.PlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Accepts commands over HTTP, decides them in aggregates and appends the resulting events. */
@SpringBootApplication
@EnableScheduling
@Import(PlatformConfiguration.class)
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
