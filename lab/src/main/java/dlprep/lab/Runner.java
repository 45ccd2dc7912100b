package dlprep.lab;

import dlprep.engine.tensor.Generator;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an experiment and makes its {@link RunResult}: seeds the global generator, passes every event on
 * to the caller's listener while keeping the epoch history, and measures wall time and peak heap.
 */
public final class Runner {

    private Runner() {
    }

    public static RunResult run(Experiment experiment, Params params, ProgressListener listener) throws Exception {
        Generator.manualSeed(params.seed());
        List<TrainingEvent.EpochEnded> history = new ArrayList<>();
        ProgressListener recording = e -> {
            if (e instanceof TrainingEvent.EpochEnded epoch) {
                history.add(epoch);
            }
            listener.onEvent(e);
        };
        long t0 = System.nanoTime();
        try (HeapPeak heap = new HeapPeak()) {
            Map<String, Double> metrics = experiment.run(params, recording);
            double total = (System.nanoTime() - t0) / 1e9;
            return new RunResult(experiment.id(), params, metrics, history, RunResult.medianEpochSeconds(history),
                    total, heap.peakBytes());
        }
    }
}
