package io.reactiveocpp.app.fleet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --source-address A[,B...]} (repeatable): the local addresses a fleet's links come from. Linux gives one
 * source address 28,232 ephemeral ports by default ({@code net.ipv4.ip_local_port_range}), so 50,000 links to one
 * backend need two; on the loopback every 127.x.y.z is local. Each must be an IP literal (no name lookup) that this
 * machine can bind, checked here, at start, so that a typo is one clear error rather than N failing links.
 */
public final class SourceAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private SourceAddresses() {
    }

    /** The addresses of the option's values, in order, duplicates kept once. */
    public static List<InetAddress> parse(List<String> values) {
        List<InetAddress> addresses = new ArrayList<>();
        if (values == null) {
            return addresses;
        }
        for (String value : values) {
            for (String text : value.split(",")) {
                InetAddress address = literal(text.trim());
                if (!addresses.contains(address)) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    private static InetAddress literal(String text) {
        boolean v4 = IPV4.matcher(text).matches();
        if (v4 ? !octets(text) : !(text.contains(":") && text.matches("[0-9a-fA-F:.]+"))) {
            throw new IllegalArgumentException("source-address: an IP address such as 127.0.0.2 expected, got '"
                    + text + "'");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(text); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("source-address: not an IP address: '" + text + "'", e);
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(address, 0), 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("source-address " + text + ": not an address of this machine ("
                    + e.getMessage() + ")", e);
        }
        return address;
    }

    /** Whether each part of a dotted quad is 0 to 255 (a bad one would make the JDK look the text up as a name). */
    private static boolean octets(String text) {
        for (String part : text.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
