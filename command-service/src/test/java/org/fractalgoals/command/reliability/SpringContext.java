package org.fractalgoals.command.reliability;

import org.springframework.test.context.TestContextManager;

/**
 * Spring's test context for jqwik properties, which Spring's JUnit Jupiter extension does not serve. A property
 * class that extends a Jupiter test base gets the same merged configuration, hence the same cached application
 * context as the Jupiter tests: no second service is started.
 */
final class SpringContext {

    private SpringContext() {
    }

    /** Injects the fields ({@code @Autowired}, {@code @LocalServerPort}) of a jqwik property class instance. */
    static void inject(Object testInstance) {
        try {
            new TestContextManager(testInstance.getClass()).prepareTestInstance(testInstance);
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the Spring test context", e);
        }
    }
}
