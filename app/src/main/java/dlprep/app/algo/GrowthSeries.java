package dlprep.app.algo;

import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * One line of a growth benchmark: an implementation, the model its time should follow, the input sizes it
 * is run at by default, and how to prepare a run for size n. {@code prepare} builds the random input
 * (not timed) and returns the work to time; the work must be repeatable (it builds its structure afresh
 * from the prepared input) and returns a value derived from its result, so the JIT cannot drop it.
 */
public record GrowthSeries(String label, GrowthModel model, int[] sizes, IntFunction<LongSupplier> prepare) {
}
