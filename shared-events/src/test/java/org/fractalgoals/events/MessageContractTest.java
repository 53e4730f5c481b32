package org.fractalgoals.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The contract module holds immutable messages and depends on nothing but the JDK and message annotations. */
class MessageContractTest {

    private final JavaClasses contract = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fractalgoals.events");

    @Test
    void messages_depend_only_on_the_jdk_and_axon_annotations() {
        classes().should().onlyDependOnClassesThat()
                 .resideInAnyPackage("java..", "org.fractalgoals.events..", "org.axonframework.serialization..",
                                     "org.axonframework.modelling.command..")
                 .check(contract);
    }

    @Test
    void every_owned_event_is_a_revisioned_record() {
        classes().that().implement(OwnedEvent.class).should().beRecords()
                 .andShould().beAnnotatedWith(Revision.class)
                 .check(contract);
    }
}
