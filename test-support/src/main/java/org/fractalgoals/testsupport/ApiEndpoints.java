package org.fractalgoals.testsupport;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The API endpoints a service really serves, read from Spring MVC's own mappings rather than listed by hand. */
public final class ApiEndpoints {

    private ApiEndpoints() {
    }

    /** Every "METHOD path" under /api/, with path variables as OpenAPI writes them ({name}). */
    public static List<String> apiOperations(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().keySet().stream()
                       .flatMap(info -> info.getPatternValues().stream()
                               .filter(path -> path.startsWith("/api/"))
                               .flatMap(path -> methods(info.getMethodsCondition().getMethods())
                                       .map(method -> method.name().toUpperCase(Locale.ROOT) + " " + path)))
                       .distinct().sorted().toList();
    }

    private static Stream<RequestMethod> methods(java.util.Set<RequestMethod> declared) {
        return declared.isEmpty() ? Stream.of(RequestMethod.GET) : declared.stream();
    }
}
