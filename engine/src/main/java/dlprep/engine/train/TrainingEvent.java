package dlprep.engine.train;

import java.util.Map;

/**
 * What a run reports while it works. The terminal (progress bar and epoch table), the {@code --json}
 * output and the web viewer's live charts all consume this one stream.
 */
public sealed interface TrainingEvent {

    /** The run begins: how many epochs, and how many steps each epoch has (0 when it has no steps). */
    record Started(int epochs, int stepsPerEpoch) implements TrainingEvent {
    }

    /** One optimisation step finished with this mini-batch loss. */
    record Step(int epoch, int step, int stepsPerEpoch, double loss, double elapsedSeconds) implements TrainingEvent {
    }

    /** An epoch finished: its metrics (e.g. train_loss, train_acc, test_loss, test_acc) and its duration. */
    record EpochEnded(int epoch, int epochs, Map<String, Double> metrics, double seconds) implements TrainingEvent {
    }

    /** A free-form line for results that are not per epoch (a closed-form solution, a table row). */
    record Message(String text) implements TrainingEvent {
    }
}
