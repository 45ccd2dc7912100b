package dlprep.lab;

import dlprep.engine.train.TrainingEvent;

import java.util.List;
import java.util.Map;

/**
 * What a finished run reports: its settings, final metrics, the per-epoch history, the median seconds
 * per epoch (of epochs 2..N, so the JIT's warm-up in epoch 1 does not count, when there are several),
 * the wall time and the peak heap in use.
 */
public record RunResult(String experiment, Params params, Map<String, Double> metrics,
                        List<TrainingEvent.EpochEnded> history, double secondsPerEpoch, double totalSeconds,
                        long peakHeapBytes) {

    /** Median duration of epochs 2..N (or of the only epoch). NaN for runs without epochs. */
    public static double medianEpochSeconds(List<TrainingEvent.EpochEnded> history) {
        if (history.isEmpty()) {
            return Double.NaN;
        }
        double[] s = history.stream().skip(history.size() > 1 ? 1 : 0).mapToDouble(TrainingEvent.EpochEnded::seconds)
                .sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Copies of the lists and maps, so a result cannot change after it is made. */
    public RunResult {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        history = List.copyOf(history);
    }
}
