package dlprep.engine.kernels;

/** The one argument check every kernel makes: each array has exactly the size its shape says. */
final class ArrayLengths {

    private ArrayLengths() {
    }

    /** Throws unless array {@code name} has {@code expected} elements; the message names the op and the shape. */
    static void require(String op, String name, int actual, int expected, Object shape) {
        if (actual != expected) {
            throw new IllegalArgumentException(op + ": " + name + " has " + actual + " elements but " + shape
                    + " needs " + expected);
        }
    }
}
