package io.reactiveocpp.dist;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged maintainer scripts run for real, in a sandbox: the package's tree extracted into a directory
 * given as {@code DPKG_ROOT}, and a PATH of recording stubs for every command that would change this machine
 * (users, groups, ownership, systemd, the JVM), so what they do is asserted without root and without touching
 * the host. A board with the groups dialout and gpio (not spi, i2c) and a running systemd.
 */
class MaintainerScriptsTest {

    @TempDir Path sandbox;
    private Path root;
    private Path scripts;
    private Path stubs;
    private Path calls;

    @BeforeEach
    void unpack() throws Exception {
        Assumptions.assumeTrue(Commands.exists("dpkg-deb"), "dpkg-deb is not installed: the scripts are not run");
        DebianPackageTest.findPackage();
        root = sandbox.resolve("root");
        scripts = sandbox.resolve("DEBIAN");
        stubs = Files.createDirectories(sandbox.resolve("stubs"));
        calls = sandbox.resolve("calls.log");
        Commands.ok("dpkg-deb", "-x", DebianPackageTest.deb.toString(), root.toString());
        Commands.ok("dpkg-deb", "-e", DebianPackageTest.deb.toString(), scripts.toString());
        Files.createDirectories(root.resolve("run/systemd/system"));
        for (String recorded : List.of("systemd-sysusers", "usermod", "chgrp", "deb-systemd-helper", "systemctl")) {
            stub(recorded, "");
        }
        stub("getent", "case \"$1 $2\" in 'group dialout'|'group gpio'|'passwd reactive-ocpp') exit 0;; esac; exit 2");
        stub("id", "echo reactive-ocpp dialout");
        stub("install", "mkdir -p \"$8\""); // install -d -m MODE -o USER -g GROUP DIR, without the owner
        stub("runuser", "touch \"$9\""); // runuser -u USER -- timeout 300 sh SCRIPT JAR ARCHIVE: the archive made
        for (String real : List.of("tr", "head", "grep", "rm", "rmdir", "chmod", "mkdir", "touch")) {
            stub(real, "PATH=/usr/bin:/bin exec " + real + " \"$@\"");
        }
    }

    @Test
    void theFirstConfigureMakesTheUserTheDataDirectoryThePasswordAndTheArchive() throws Exception {
        Commands result = run("postinst", "configure");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(calls()).containsSubsequence(
                "systemd-sysusers --root=" + root + " " + root + "/usr/lib/sysusers.d/reactive-ocpp.conf",
                "usermod -a -G gpio reactive-ocpp",
                "install -d -m 0700 -o reactive-ocpp -g reactive-ocpp " + root + "/var/lib/reactive-ocpp",
                "chgrp reactive-ocpp " + root + "/etc/reactive-ocpp/config.yaml",
                "chmod 0640 " + root + "/etc/reactive-ocpp/config.yaml",
                "runuser -u reactive-ocpp -- timeout 300 sh " + root + "/opt/reactive-ocpp/create-cds-archive.sh "
                        + root + "/opt/reactive-ocpp/reactive-ocpp.jar " + root + "/var/lib/reactive-ocpp/reactive-ocpp.jsa",
                "systemctl --system daemon-reload");
        assertThat(calls()).as("dialout is the sysusers.d file's; a fresh install is not started")
                .doesNotContain("usermod -a -G dialout reactive-ocpp", "usermod -a -G spi reactive-ocpp")
                .noneMatch(call -> call.startsWith("systemctl try-restart") || call.startsWith("systemctl start"));
        Path password = root.resolve("etc/reactive-ocpp/admin-password");
        assertThat(Files.readString(password)).matches("[A-Za-z0-9]{20}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
        assertThat(result.out()).contains("class-data sharing archive made");
        assertThat(root.resolve("var/lib/reactive-ocpp/reactive-ocpp.jsa")).exists();
    }

    @Test
    void aFailedArchiveIsAWarningNotAFailedInstall() throws Exception {
        stub("runuser", "exit 1");

        Commands result = run("postinst", "configure");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("warning: no class-data sharing archive");
        assertThat(calls()).contains("systemctl --system daemon-reload");
    }

    @Test
    void anUpgradeKeepsThePasswordAndRestartsARunningService() throws Exception {
        Path password = root.resolve("etc/reactive-ocpp/admin-password");
        Files.writeString(password, "the operator's own\n");

        assertThat(run("prerm", "upgrade", "0.1.0").exit()).isZero();
        Commands result = run("postinst", "configure", "0.0.9");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readString(password)).isEqualTo("the operator's own\n");
        assertThat(calls()).as("not stopped before the upgrade, so try-restart finds it running")
                .doesNotContain("systemctl stop reactive-ocpp.service")
                .contains("systemctl try-restart reactive-ocpp.service");
    }

    @Test
    void removeStopsAndDisablesPurgeDeletesTheDataAndThePassword() throws Exception {
        assertThat(run("postinst", "configure").exit()).isZero();
        Files.writeString(root.resolve("var/lib/reactive-ocpp/queue.db"), "queued");

        assertThat(run("prerm", "remove").exit()).isZero();
        assertThat(calls()).contains("systemctl stop reactive-ocpp.service", "systemctl disable reactive-ocpp.service");
        assertThat(root.resolve("var/lib/reactive-ocpp/queue.db")).as("remove keeps the data").exists();

        assertThat(run("postrm", "purge").exit()).isZero();
        assertThat(root.resolve("var/lib/reactive-ocpp")).doesNotExist();
        assertThat(root.resolve("etc/reactive-ocpp/admin-password")).doesNotExist();
        assertThat(calls()).contains("deb-systemd-helper purge reactive-ocpp.service");
    }

    @Test
    void anUnknownActionFails() throws Exception {
        assertThat(run("postinst", "frobnicate").exit()).isEqualTo(1);
        assertThat(run("prerm", "frobnicate").exit()).isEqualTo(1);
        assertThat(run("postrm", "frobnicate").exit()).isEqualTo(1);
    }

    private Commands run(String script, String... arguments) throws Exception {
        String[] command = new String[arguments.length + 2];
        command[0] = "/bin/sh";
        command[1] = scripts.resolve(script).toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return Commands.run(Map.of("PATH", stubs.toString(), "DPKG_ROOT", root.toString()), command);
    }

    /** A command of the stub PATH: records its call in calls.log, then runs {@code body}. */
    private void stub(String name, String body) throws Exception {
        Path file = stubs.resolve(name);
        Files.writeString(file, "#!/bin/sh\necho \"" + name + " $*\" >> '" + calls + "'\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> calls() throws Exception {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
