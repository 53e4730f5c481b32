package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1DatabaseReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    /** Files are read by {@code importing.v1}'s reader, which refuses anything but a SQLite database. */
    @Bean
    V1FileReader v1FileReader() {
        return V1DatabaseReader::read;
    }
}
