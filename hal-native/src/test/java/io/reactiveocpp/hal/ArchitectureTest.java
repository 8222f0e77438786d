package io.reactiveocpp.hal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The hardware layer's rules (issue 12), checked on its compiled main classes: it knows nothing of the network,
 * and only {@code hal.pi4j} touches Pi4J (which {@code hal.pi4j.Pi4jConfinementTest} also checks on the class
 * files' constant pools, tests included).
 */
class ArchitectureTest {

    private static final JavaClasses HAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.reactiveocpp.hal");

    @Test
    void theHardwareLayerDoesNotDependOnNetty() {
        noClasses().that().resideInAPackage("io.reactiveocpp.hal..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "reactor.netty..")
                .check(HAL);
    }

    @Test
    void onlyHalPi4jDependsOnPi4j() {
        noClasses().that().resideInAPackage("io.reactiveocpp.hal..")
                .and().resideOutsideOfPackage("io.reactiveocpp.hal.pi4j..")
                .should().dependOnClassesThat().resideInAPackage("com.pi4j..")
                .check(HAL);
    }
}
