package io.reactiveocpp.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service's layer rules (issue 12), checked on its compiled main classes: Netty (and Reactor Netty) only
 * where the service itself serves or plays a backend over the network, the local HTTP interface
 * ({@code app.web}) and the demo backend ({@code app.demo}), and where it fetches and sends files over HTTP(S)
 * ({@code app.transfer}); the OCPP connection is the session's business. And {@code app.systemd}: systemd's
 * notify socket is a unix datagram socket, which only Netty's native transport offers.
 * Pi4J is reached only through {@code hal.pi4j}'s factories.
 */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.reactiveocpp.app");

    @Test
    void onlyTheHttpInterfaceTheDemoBackendAndTheFileTransfersDependOnNetty() {
        noClasses().that().resideInAPackage("io.reactiveocpp.app..")
                .and().resideOutsideOfPackages("io.reactiveocpp.app.web..", "io.reactiveocpp.app.demo..",
                        "io.reactiveocpp.app.transfer..", "io.reactiveocpp.app.systemd..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "reactor.netty..")
                .check(APP);
    }

    @Test
    void theServiceDoesNotDependOnPi4j() {
        noClasses().that().resideInAPackage("io.reactiveocpp.app..")
                .should().dependOnClassesThat().resideInAPackage("com.pi4j..")
                .check(APP);
    }
}
