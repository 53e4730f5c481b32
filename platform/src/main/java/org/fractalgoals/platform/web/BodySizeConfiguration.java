package org.fractalgoals.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The body size limit runs right after the request id, before security reads anything. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodySizeProperties.class)
public class BodySizeConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(BodySizeProperties properties, ObjectMapper mapper) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(
                properties.maxBodySize(), properties.largeBodyPaths(), properties.largeBodyMaxSize(), mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
