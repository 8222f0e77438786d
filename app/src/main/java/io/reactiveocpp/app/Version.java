package io.reactiveocpp.app;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build: BootNotification's firmwareVersion, {@code --version} and the {@code build_info}
 * meter. It comes from the build ({@code version.properties}, filled in with the project's version by Maven's
 * resource filtering), not from the code; {@value #UNKNOWN} when the resource is missing or was not filtered.
 */
public final class Version {

    /** The resource, beside this class. */
    static final String RESOURCE = "version.properties";
    /** BootNotification's firmwareVersion is CiString50. */
    static final int MAX_LENGTH = 50;
    /** What {@link #VERSION} is without a filtered resource. */
    static final String UNKNOWN = "unknown";

    /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}; at most 50 characters (firmwareVersion's limit). */
    public static final String VERSION = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            return UNKNOWN; // a version is not worth failing the start for
        }
    }

    /** The version a {@code version.properties} stream names; {@link #UNKNOWN} for none, an unfiltered or too long one. */
    static String parse(InputStream in) throws IOException {
        if (in == null) {
            return UNKNOWN;
        }
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").strip();
        // an unfiltered resource (a build that skipped filtering) says ${project.version}
        if (version.isEmpty() || version.contains("${") || version.length() > MAX_LENGTH) {
            return UNKNOWN;
        }
        return version;
    }

    /** {@code --version}. */
    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VERSION};
        }
    }
}
