package dlprep.app.image;

import dlprep.vision.filter.BorderMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The options given to one image op, checked against the op's declared options: an unknown or repeated
 * option, a missing value or a value of the wrong kind is an error that names the op, the option and what
 * it expects. Relative file names are resolved against a base folder (the working folder on the command
 * line, the gallery folder in the demo).
 */
public final class OpArgs {

    private final ImageOp op;
    private final Map<String, String> values;
    private final Path base;

    private OpArgs(ImageOp op, Map<String, String> values, Path base) {
        this.op = op;
        this.values = values;
        this.base = base;
    }

    /** Parses {@code --name value} pairs (also {@code --name=value}). */
    public static OpArgs parse(ImageOp op, List<String> args, Path base) {
        Map<String, String> values = new LinkedHashMap<>();
        for (OpOption o : op.options()) {
            values.put(o.name(), o.defaultValue());
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException(op.name() + ": unexpected argument '" + arg + "'; options are --name value");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(op.name() + ": option --" + name + " needs a value");
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException(op.name() + ": unknown option --" + name + "; it takes "
                        + optionList(op));
            }
            if (given.put(name, value) != null) {
                throw new IllegalArgumentException(op.name() + ": option --" + name + " is given twice");
            }
        }
        values.putAll(given);
        return new OpArgs(op, values, base);
    }

    static String optionList(ImageOp op) {
        return op.options().isEmpty() ? "no options"
                : op.options().stream().map(o -> "--" + o.name()).collect(Collectors.joining(", "));
    }

    /** The option's text, or null when it has no default and was not given. */
    public String text(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException(op.name() + ": reads option --" + name + " that it does not declare");
        }
        return values.get(name);
    }

    public int integer(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw bad(name, v, "a whole number");
        }
    }

    public double number(String name) {
        String v = required(name);
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw bad(name, v, "a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(name, v, "a number");
        }
    }

    public boolean flag(String name) {
        String v = required(name).trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("0")) {
            return false;
        }
        throw bad(name, v, "true or false");
    }

    public BorderMode border(String name) {
        try {
            return BorderMode.parse(required(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op.name() + ": --" + name + ": " + e.getMessage(), e);
        }
    }

    /** One of {@code choices}, matched without regard to case. */
    public String choice(String name, String... choices) {
        String v = required(name).trim().toLowerCase(Locale.ROOT);
        for (String c : choices) {
            if (c.equals(v)) {
                return c;
            }
        }
        throw bad(name, v, "one of " + String.join(", ", choices));
    }

    /** A file named by the option, relative names resolved against the base folder. */
    public Path file(String name) {
        return base.resolve(required(name));
    }

    private String required(String name) {
        String v = text(name);
        if (v == null) {
            throw new IllegalArgumentException(op.name() + ": option --" + name + " is required");
        }
        return v;
    }

    private IllegalArgumentException bad(String name, String value, String expected) {
        return new IllegalArgumentException(op.name() + ": --" + name + " must be " + expected + ", got '" + value + "'");
    }
}
