package dlprep.models;

import dlprep.engine.nn.Module;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One network of the {@link ModelZoo}: its name on the command line, a line saying what it is, how to build
 * it, and the input it is built for ({@code [batch, channels, height, width]}).
 */
public record ZooModel(String name, String description, Supplier<? extends Module> factory, int[] input) {

    public ZooModel {
        if (input.length != 4) {
            throw new IllegalArgumentException("ZooModel " + name + ": input must be [N, C, H, W], got "
                    + Arrays.toString(input));
        }
        input = input.clone();
    }

    /** A freshly initialised instance. */
    public Module build() {
        return factory.get();
    }

    @Override
    public int[] input() {
        return input.clone();
    }
}
