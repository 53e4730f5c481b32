package org.fractalgoals.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private final JavaClasses commandSide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fractalgoals");

    @Test
    void the_command_side_never_uses_the_query_side() {
        noClasses().that().resideInAPackage("org.fractalgoals.command..")
                   .should().dependOnClassesThat().resideInAPackage("org.fractalgoals.query..")
                   .check(commandSide);
    }

    @Test
    void aggregates_know_nothing_of_http_or_persistence() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                   .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..",
                                                                       "jakarta.servlet..", "java.sql..")
                   .check(commandSide);
    }

    @Test
    void aggregates_are_package_private() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(commandSide);
    }
}
