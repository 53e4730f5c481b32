package org.fractalgoals.query.replay;

import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every read model of this service, found from the projection beans: a bean's {@link ProcessingGroup} names its
 * read model and its {@link ReadModelTables} the tables it writes. A table claimed by two read models is a
 * configuration error, because a replay of one would swap out the other's rows.
 */
@Component
class ReadModelCatalogue {

    /**
     * Tables of schema {@code query} that belong to no read model, so no replay copies or swaps them: Axon's token
     * store, which a switch-over updates row by row instead; Flyway's history; and Axon's dead-letter queue, whose
     * letters are events the live processors could not apply, not state derived from events (a replay handles those
     * events itself, and a completed switch-over deletes the read model's letters, see {@link ReplaySchemas}); and the
     * heartbeats of the running instances (query/scaling).
     */
    static final List<String> OPERATIONAL_TABLES = List.of("tokenentry", "flyway_schema_history", "deadletterentry",
                                                           "service_instance");

    private final Map<String, ReadModelDefinition> readModels;

    ReadModelCatalogue(ApplicationContext context) {
        this.readModels = discover(context.getBeansWithAnnotation(ProcessingGroup.class).values());
    }

    Optional<ReadModelDefinition> find(String name) {
        return Optional.ofNullable(readModels.get(name));
    }

    Collection<ReadModelDefinition> all() {
        return readModels.values();
    }

    private static Map<String, ReadModelDefinition> discover(Collection<Object> beans) {
        Map<String, List<Object>> projections = new TreeMap<>();
        Map<String, Set<String>> tables = new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        for (Object bean : beans) {
            Class<?> type = AopUtils.getTargetClass(bean);
            String group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value();
            projections.computeIfAbsent(group, name -> new ArrayList<>()).add(bean);
            Set<String> groupTables = tables.computeIfAbsent(group, name -> new LinkedHashSet<>());
            ReadModelTables declared = AnnotationUtils.findAnnotation(type, ReadModelTables.class);
            if (declared == null) {
                throw new IllegalStateException(type.getSimpleName() + " must declare the tables it writes with @ReadModelTables");
            }
            for (String table : declared.value()) {
                String previous = owners.putIfAbsent(table, group);
                if (previous != null && !previous.equals(group)) {
                    throw new IllegalStateException("Table " + table + " is claimed by read models " + previous + " and " + group);
                }
                groupTables.add(table);
            }
        }
        Map<String, ReadModelDefinition> result = new TreeMap<>();
        projections.forEach((group, beansOfGroup) -> result.put(group, new ReadModelDefinition(
                group, List.copyOf(beansOfGroup), List.copyOf(tables.get(group)))));
        return result;
    }
}
