package io.reactiveocpp.bench.startup;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options of the start race and the fleet runs. */
public final class DashOptions {

    private DashOptions() {
    }

    /** The pairs, by name without the dashes; a word that is not {@code --name} where a name is due is an error. */
    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
