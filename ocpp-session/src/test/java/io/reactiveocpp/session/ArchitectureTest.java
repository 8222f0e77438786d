package io.reactiveocpp.session;

import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The session's layer rule (issue 12), checked on its compiled main classes: Netty (and Reactor Netty) stay in
 * {@code session.transport}; the rest of the session sees a link, not a channel.
 *
 * <p>ArchUnit reads dependencies from byte code: field, signature, call, cast and annotation types, but not the
 * type of a local variable (ArchUnit issue 768). A class that only keeps a Netty object in a local variable it got
 * from the transport is therefore caught by the second rule, which looks at what the calls hand over.
 */
class ArchitectureTest {

    private static final String[] NETTY = {"io.netty..", "reactor.netty.."};

    private static final JavaClasses SESSION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.reactiveocpp.session");

    @Test
    void noClassOutsideTheTransportDependsOnNetty() {
        noClasses().that().resideInAPackage("io.reactiveocpp.session..")
                .and().resideOutsideOfPackage("io.reactiveocpp.session.transport..")
                .should().dependOnClassesThat().resideInAnyPackage(NETTY)
                .check(SESSION);
    }

    @Test
    void noClassOutsideTheTransportHandlesANettyObject() {
        classes().that().resideInAPackage("io.reactiveocpp.session..")
                .and().resideOutsideOfPackage("io.reactiveocpp.session.transport..")
                .should(handOverNoNettyObjectInTheirCalls())
                .check(SESSION);
    }

    /**
     * Lanes, fail-fast and what may be queued come from the Action table's {@code delivery()}, not from comparisons
     * with single actions; only the durable queue, which must tell a StartTransaction (it yields the transactionId)
     * from a StopTransaction (it ends one) and a MeterValues, names actions.
     */
    @Test
    void laneAndOfflinePolicyComeFromTheActionTableNotFromSingleActions() {
        noClasses().that().resideInAPackage("io.reactiveocpp.session..")
                .and().resideOutsideOfPackage("io.reactiveocpp.session.queue..")
                .should().accessField(io.reactiveocpp.codec.action.Action.class, "BOOT_NOTIFICATION")
                .orShould().accessField(io.reactiveocpp.codec.action.Action.class, "START_TRANSACTION")
                .orShould().accessField(io.reactiveocpp.codec.action.Action.class, "STOP_TRANSACTION")
                .orShould().accessField(io.reactiveocpp.codec.action.Action.class, "METER_VALUES")
                .orShould().accessField(io.reactiveocpp.codec.action.Action.class, "AUTHORIZE")
                .orShould().accessField(io.reactiveocpp.codec.action.Action.class, "HEARTBEAT")
                .orShould().accessField(io.reactiveocpp.codec.action.Action.class, "DATA_TRANSFER")
                .check(SESSION);
    }

    /** Calls and method references whose target takes or returns a Netty type (a local variable is not in the byte code). */
    private static ArchCondition<JavaClass> handOverNoNettyObjectInTheirCalls() {
        return new ArchCondition<>("call no method that takes or returns a Netty type") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> call : type.getCodeUnitAccessesFromSelf()) {
                    List<JavaClass> handed = new ArrayList<>(call.getTarget().getRawParameterTypes());
                    handed.add(call.getTarget().getRawReturnType());
                    for (JavaClass handedType : handed) {
                        if (isNetty(handedType)) {
                            events.add(SimpleConditionEvent.violated(call,
                                    call.getDescription() + " hands over " + handedType.getName()));
                        }
                    }
                }
            }
        };
    }

    private static boolean isNetty(JavaClass type) {
        String name = type.getName();
        return name.startsWith("io.netty.") || name.startsWith("reactor.netty.");
    }
}
