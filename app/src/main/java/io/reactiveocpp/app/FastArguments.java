package io.reactiveocpp.app;

import picocli.CommandLine.Option;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The plain command lines of {@link Main} without picocli: {@code --name value}, {@code --name=value} and bare
 * boolean flags, for exactly the options {@link Main} declares (read from its {@code @Option} fields, so the two
 * cannot drift apart). picocli's 170 classes are compiled for Java 5, which the JDK's class-data sharing cannot
 * archive: they were loaded and verified from the jar at every start. Anything else (help, version, an unknown or
 * repeated option, a value that does not convert) is left to picocli, which says what is wrong as before.
 */
final class FastArguments {

    private FastArguments() {
    }

    /** Sets {@code target}'s option fields from {@code args} (defaults first); false if picocli must do it. */
    static boolean apply(Object target, String[] args) {
        Map<String, Field> options = new HashMap<>();
        try {
            for (Field field : target.getClass().getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                if (option == null) {
                    continue;
                }
                field.setAccessible(true);
                for (String name : option.names()) {
                    options.put(name, field);
                }
                if (!option.defaultValue().equals(Option.class.getMethod("defaultValue").getDefaultValue())) {
                    set(target, field, option.defaultValue());
                }
            }
            Set<Field> given = new HashSet<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                int eq = arg.indexOf('=');
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                Field field = arg.startsWith("--") ? options.get(name) : null;
                if (field == null || !given.add(field)) {
                    return false;
                }
                if (field.getType() == boolean.class) {
                    if (eq > 0) {
                        return false;
                    }
                    field.setBoolean(target, true);
                } else if (eq > 0) {
                    set(target, field, arg.substring(eq + 1));
                } else if (i + 1 < args.length && !options.containsKey(args[i + 1])) {
                    set(target, field, args[++i]);
                } else {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // picocli reports it
        }
    }

    private static void set(Object target, Field field, String value) throws IllegalAccessException,
            NoSuchMethodException {
        Class<?> type = field.getType();
        if (type == String.class) {
            field.set(target, value);
        } else if (type == Path.class) {
            field.set(target, Path.of(value));
        } else if (type == Integer.class || type == int.class) {
            field.set(target, Integer.valueOf(value));
        } else if (type == Double.class || type == double.class) {
            field.set(target, Double.valueOf(value));
        } else {
            throw new NoSuchMethodException("no conversion to " + type); // a new option type: picocli's job
        }
    }
}
