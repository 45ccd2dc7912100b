package dlprep.engine;

import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that bad input fails with a message naming what is wrong (the op, the shapes, the value). */
public final class Failures {

    private Failures() {
    }

    /** Asserts that {@code call} throws and that its message contains every one of {@code fragments}. */
    public static void failsWith(Executable call, String... fragments) {
        RuntimeException e = assertThrows(RuntimeException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
    }
}
