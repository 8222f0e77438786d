package io.reactiveocpp.dist;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built {@code target/reactive-ocpp_<version>_all.deb} (this module's package phase), read with
 * {@code dpkg-deb}: its control fields, every file with its mode and owner, the conffiles, the maintainer
 * scripts (valid sh), and the extracted tree. Skipped, saying so, where dpkg-deb is missing.
 */
class DebianPackageTest {

    static final Path TARGET = Path.of("target");
    static final Path DEPLOY = Path.of("..", "deploy");
    static Path deb;

    @BeforeAll
    static void findPackage() throws Exception {
        Assumptions.assumeTrue(Commands.exists("dpkg-deb"), "dpkg-deb is not installed: the .deb is not checked");
        try (Stream<Path> files = Files.list(TARGET)) {
            deb = files.filter(f -> f.getFileName().toString().matches("reactive-ocpp_.+_all\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no reactive-ocpp_*_all.deb in target/ (the package phase)"));
        }
    }

    @Test
    void isAnArchitectureIndependentPackageNeedingAJava17Runtime() throws Exception {
        assertThat(field("Package")).isEqualTo("reactive-ocpp");
        assertThat(field("Architecture")).isEqualTo("all");
        assertThat(field("Version")).matches("[0-9][0-9.]*(~SNAPSHOT)?");
        assertThat(deb.getFileName().toString()).isEqualTo("reactive-ocpp_" + field("Version") + "_all.deb");
        assertThat(field("Depends")).startsWith("default-jre-headless (>= 2:1.17) | java17-runtime-headless")
                .contains("util-linux", "passwd");
        assertThat(field("Section")).isEqualTo("net");
        assertThat(field("Priority")).isEqualTo("optional");
        assertThat(field("Maintainer")).matches(".+ <[^@ ]+@[^@ ]+>");
        assertThat(field("Description")).startsWith("OCPP 1.6J charge point");
    }

    @Test
    void holdsEveryFileInItsPlaceWithItsModeAndOwner() throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String line : Commands.ok("dpkg-deb", "-c", deb.toString()).split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (!columns[0].startsWith("d")) {
                files.put(columns[5], columns[0] + " " + columns[1]);
            }
        }
        assertThat(files).containsExactlyInAnyOrderEntriesOf(Map.of(
                "./opt/reactive-ocpp/reactive-ocpp.jar", "-rw-r--r-- root/root",
                "./opt/reactive-ocpp/create-cds-archive.sh", "-rwxr-xr-x root/root",
                "./lib/systemd/system/reactive-ocpp.service", "-rw-r--r-- root/root",
                "./usr/lib/sysusers.d/reactive-ocpp.conf", "-rw-r--r-- root/root",
                "./lib/udev/rules.d/99-reactive-ocpp.rules", "-rw-r--r-- root/root",
                "./etc/reactive-ocpp/config.yaml", "-rw-r----- root/root"));
    }

    @Test
    void theConfigurationIsAConffileAndTheScriptsAreExecutableValidShell(@TempDir Path control) throws Exception {
        Commands.ok("dpkg-deb", "-e", deb.toString(), control.resolve("DEBIAN").toString());
        Path dir = control.resolve("DEBIAN");
        assertThat(Files.readString(dir.resolve("conffiles"))).isEqualTo("/etc/reactive-ocpp/config.yaml\n");
        for (String script : new String[] {"postinst", "prerm", "postrm"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(script))))
                    .as(script).isEqualTo("rwxr-xr-x");
            assertThat(Files.readString(dir.resolve(script))).as(script).startsWith("#!/bin/sh\n");
            Commands check = Commands.run("sh", "-n", dir.resolve(script).toString());
            assertThat(check.exit()).as("sh -n %s: %s", script, check.err()).isZero();
        }
    }

    @Test
    void itsTreeHoldsTheRunnableJarTheUnitTheUserAndTheConfiguration(@TempDir Path root) throws Exception {
        Commands.ok("dpkg-deb", "-x", deb.toString(), root.toString());

        try (JarFile jar = new JarFile(root.resolve("opt/reactive-ocpp/reactive-ocpp.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.reactiveocpp.app.Main");
            assertThat(jar.getEntry("io/reactiveocpp/app/systemd/SystemdNotify.class")).isNotNull();
        }
        Path unit = root.resolve("lib/systemd/system/reactive-ocpp.service");
        assertThat(Files.readString(unit)).isEqualTo(Files.readString(DEPLOY.resolve("reactive-ocpp.service")));
        assertThat(Files.readString(root.resolve("etc/reactive-ocpp/config.yaml")))
                .isEqualTo(Files.readString(DEPLOY.resolve("config.example.yaml")));
        assertThat(Files.readString(root.resolve("usr/lib/sysusers.d/reactive-ocpp.conf")))
                .contains("\nu reactive-ocpp - ", "\nm reactive-ocpp dialout\n");
        assertThat(Files.readString(root.resolve("opt/reactive-ocpp/create-cds-archive.sh")))
                .contains("-XX:ArchiveClassesAtExit");
    }

    @Test
    void theUnitPassesSystemdAnalyzeVerify(@TempDir Path root) throws Exception {
        Assumptions.assumeTrue(Commands.exists("systemd-analyze"), "systemd-analyze is not installed");
        Commands.ok("dpkg-deb", "-x", deb.toString(), root.toString());
        Commands verify = Commands.run("systemd-analyze", "verify",
                root.resolve("lib/systemd/system/reactive-ocpp.service").toString());
        // verify reports unknown keys and bad values on stderr but still ends with 0
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.err() + verify.out()).as("systemd-analyze verify's findings").isEmpty();
    }

    private static String field(String name) throws IOException, InterruptedException {
        return Commands.ok("dpkg-deb", "-f", deb.toString(), name).strip();
    }
}
