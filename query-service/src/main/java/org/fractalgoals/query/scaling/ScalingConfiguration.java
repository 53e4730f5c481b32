package org.fractalgoals.query.scaling;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Axon's JDBC token store as its auto-configuration builds it, with the node id of this instance as the owner of
 * the segments it claims. The table ({@code query.tokenentry}) is created by Flyway (V1); Axon never creates it.
 */
@Configuration(proxyBeanMethods = false)
class ScalingConfiguration {

    @Bean
    NodeId nodeId(@Value("${fractal.node-id:}") String configured) {
        return NodeId.configuredOr(configured);
    }

    /**
     * Positions of batches without a handled event are written at most once per {@code defer-for}
     * ({@link DeferringTokenStore}); everything else at once.
     */
    @Bean
    DeferringTokenStore tokenStore(ConnectionProvider connections, Serializer serializer, NodeId nodeId,
                                   TransactionManager transactions,
                                   @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
                                   @Value("${fractal.tokens.defer-for:PT1S}") Duration deferFor) {
        TokenStore jdbc = JdbcTokenStore.builder()
                                        .connectionProvider(connections)
                                        .schema(TokenSchema.builder().build())
                                        .serializer(serializer)
                                        .claimTimeout(claimTimeout)
                                        .nodeId(nodeId.value())
                                        .build();
        return new DeferringTokenStore(jdbc, transactions, deferFor);
    }
}
