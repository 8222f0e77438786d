package io.reactiveocpp.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.reactiveocpp.session.OcppSession;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine's layer rules (issue 12), checked on its compiled main classes: the engine is the charge point's
 * behaviour, so it sees neither the network library nor a hardware library, and it reaches the session only
 * through {@link io.reactiveocpp.session.OcppClient} and the public types beside it in
 * {@code io.reactiveocpp.session} (never {@code session.queue}, {@code session.rpc}, {@code session.transport},
 * {@code session.reconnect}, nor the {@link OcppSession} implementation).
 */
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.reactiveocpp.engine");

    @Test
    void theEngineDoesNotDependOnNetty() {
        noClasses().that().resideInAPackage("io.reactiveocpp.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "reactor.netty..")
                .check(ENGINE);
    }

    @Test
    void theEngineDoesNotDependOnPi4j() {
        noClasses().that().resideInAPackage("io.reactiveocpp.engine..")
                .should().dependOnClassesThat().resideInAPackage("com.pi4j..")
                .check(ENGINE);
    }

    @Test
    void theEngineUsesTheSessionOnlyThroughOcppClientAndItsPublicTypes() {
        noClasses().that().resideInAPackage("io.reactiveocpp.engine..")
                .should().dependOnClassesThat(resideInAPackage("io.reactiveocpp.session..")
                        .and(resideOutsideOfPackage("io.reactiveocpp.session"))
                        .or(equivalentTo(OcppSession.class))
                        .as("are session internals (a subpackage of io.reactiveocpp.session, or OcppSession)"))
                .check(ENGINE);
    }
}
