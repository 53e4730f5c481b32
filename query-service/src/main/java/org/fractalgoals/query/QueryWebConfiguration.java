package org.fractalgoals.query;

import org.fractalgoals.platform.eventstore.EventAppendedListener;
import org.fractalgoals.platform.eventstore.NotifiableEventStore;
import org.fractalgoals.platform.eventstore.OnJdbcEventStore;
import org.fractalgoals.platform.web.FractalOwnership;
import org.fractalgoals.platform.web.FractalOwnershipInterceptor;
import org.fractalgoals.query.consistency.ConsistencyGate;
import org.fractalgoals.query.consistency.ConsistencyInterceptor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


@Configuration(proxyBeanMethods = false)
class QueryWebConfiguration implements WebMvcConfigurer {

    private final ConsistencyGate gate;
    private final FractalOwnership ownership;

    QueryWebConfiguration(ConsistencyGate gate, FractalOwnership ownership) {
        this.gate = gate;
        this.ownership = ownership;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Order matters: wait for the caller's own writes first, then check ownership against the read model.
        registry.addInterceptor(new ConsistencyInterceptor(gate)).addPathPatterns("/api/**");
        registry.addInterceptor(new FractalOwnershipInterceptor(ownership)).addPathPatterns("/api/v1/fractals/**");
    }

    /** Only with the JDBC store: Axon Server pushes new events to the processors itself. */
    @Bean
    @OnJdbcEventStore
    EventAppendedListener eventAppendedListener(DataSourceProperties dataSource, NotifiableEventStore eventStore) {
        return new EventAppendedListener(dataSource.determineUrl(), dataSource.determineUsername(),
                                         dataSource.determinePassword(), eventStore);
    }
}
