package dlprep.lab;

import java.util.function.ToDoubleFunction;

/**
 * For experiments that train nothing, read no data set or are solved in closed form: an option they have no
 * use for is rejected, naming the option, as soon as it differs from the experiment's default, instead of
 * being silently ignored. ({@code --seed} always means something.)
 */
public final class UnusedOptions {

    /** The options an experiment may have no use for. */
    public enum Option {
        EPOCHS("--epochs", Params::epochs), LR("--lr", Params::lr), BATCH_SIZE("--batch-size", Params::batchSize),
        LIMIT("--limit", Params::limit);

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
    public static void reject(Experiment experiment, Params given, String why, Option... options) {
        Params defaults = experiment.defaults();
        for (Option o : options) {
            if (o.value.applyAsDouble(given) != o.value.applyAsDouble(defaults)) {
                throw new IllegalArgumentException(o.flag + " has no meaning for " + experiment.id() + " (" + why
                        + "); leave it out");
            }
        }
    }

    /** For an experiment solved in closed form: --epochs, --lr and --batch-size have no use there. */
    public static void rejectTrainingOptions(Experiment experiment, Params given) {
        reject(experiment, given, "it is solved in closed form without a training loop", Option.EPOCHS, Option.LR,
                Option.BATCH_SIZE);
    }
}
