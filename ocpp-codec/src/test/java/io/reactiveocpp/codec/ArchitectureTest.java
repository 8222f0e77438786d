package io.reactiveocpp.codec;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The codec's layer rules (issue 12), checked on its compiled main classes: it is the wire layer that every
 * other module builds on, so it depends on nothing but the JDK and jackson-core; and the OCPP 2.0.1
 * Plug &amp; Charge model cannot be confused with the 1.6 Security model.
 */
class ArchitectureTest {

    private static final JavaClasses CODEC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.reactiveocpp.codec");

    @Test
    void theCodecDependsOnlyOnTheJdkAndJacksonCore() {
        classes().that().resideInAPackage("io.reactiveocpp.codec..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.reactiveocpp.codec..", "java..", "com.fasterxml.jackson.core..")
                .check(CODEC);
    }

    @Test
    void everyPlugAndChargeTypeIsNamedPncSoNoneSharesANameWithThe16SecurityModel() {
        classes().that().resideInAPackage("io.reactiveocpp.codec.pnc").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameStartingWith("Pnc")
                .check(CODEC);
    }
}
