package org.fractalgoals.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.method;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * The routing of the API contract: imports (a user's own and an admin's for a user) go to the command-service,
 * which runs them and keeps their progress, whatever the method; other admin calls go to the query-service whatever
 * the method; other reads (GET, HEAD) go to the query-service; everything else is a command. {@code /actuator/**} is never forwarded: the services' probes are for operators on the services' own
 * ports. Bodies pass through as they are, so uploads (imports, up to 512 MB) reach the command-service whole; its
 * limits are the ones that count.
 *
 * <p>This is the edge, so a client's own {@code X-Forwarded-For} is not believed: the header the services
 * receive holds exactly the address of the peer that called us (the services rate-limit by it).
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static ServerRequest forwardedForPeer(ServerRequest request) {
        String peer = request.remoteAddress().map(address -> address.getAddress().getHostAddress()).orElse("unknown");
        return ServerRequest.from(request).headers(headers -> headers.set(FORWARDED_FOR, peer)).build();
    }

    @Bean
    RouterFunction<ServerResponse> importRoute(WebEntryProperties services) {
        return route("imports")
                .route(path("/api/v1/imports").or(path("/api/v1/imports/**"))
                               .or(path("/api/v1/admin/imports")).or(path("/api/v1/admin/imports/**")), http())
                .before(uri(services.commandService()))
                .before(ApiRoutes::forwardedForPeer)
                .build();
    }

    @Bean
    RouterFunction<ServerResponse> adminRoute(WebEntryProperties services) {
        return route("admin")
                .route(path("/api/v1/admin/**"), http())
                .before(uri(services.queryService()))
                .before(ApiRoutes::forwardedForPeer)
                .build();
    }

    @Bean
    RouterFunction<ServerResponse> queryRoute(WebEntryProperties services) {
        return route("queries")
                .route(path("/api/**").and(method(HttpMethod.GET).or(method(HttpMethod.HEAD))), http())
                .before(uri(services.queryService()))
                .before(ApiRoutes::forwardedForPeer)
                .build();
    }

    @Bean
    RouterFunction<ServerResponse> commandRoute(WebEntryProperties services) {
        return route("commands")
                .route(path("/api/**"), http())
                .before(uri(services.commandService()))
                .before(ApiRoutes::forwardedForPeer)
                .build();
    }
}
