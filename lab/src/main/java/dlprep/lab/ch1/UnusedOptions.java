package dlprep.lab.ch1;

import dlprep.lab.Experiment;
import dlprep.lab.Params;

import java.util.function.ToDoubleFunction;

/**
 * For experiments that train nothing or read no data set: an option they have no use for is rejected,
 * naming the option, as soon as it differs from the experiment's default, instead of being silently ignored.
 */
final class UnusedOptions {

    /** The options an experiment may have no use for ({@code --epochs} and {@code --seed} always mean something). */
    enum Option {
        LR("--lr", Params::lr), BATCH_SIZE("--batch-size", Params::batchSize), LIMIT("--limit", Params::limit);

        private final String flag;
        private final ToDoubleFunction<Params> value;

        Option(String flag, ToDoubleFunction<Params> value) {
            this.flag = flag;
            this.value = value;
        }
    }

    private UnusedOptions() {
    }

    /** Throws if {@code given} sets any of {@code options} to other than {@code experiment}'s default. */
    static void reject(Experiment experiment, Params given, String why, Option... options) {
        Params defaults = experiment.defaults();
        for (Option o : options) {
            if (o.value.applyAsDouble(given) != o.value.applyAsDouble(defaults)) {
                throw new IllegalArgumentException(o.flag + " has no meaning for " + experiment.id() + " (" + why
                        + "); leave it out");
            }
        }
    }
}
