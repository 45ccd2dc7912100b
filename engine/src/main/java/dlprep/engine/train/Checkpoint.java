package dlprep.engine.train;

import dlprep.engine.io.TensorFile;
import dlprep.engine.nn.Module;
import dlprep.engine.optim.Optimizer;
import dlprep.engine.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A training checkpoint: the model's state, the optimizer's state (momentum buffers, step counts) and
 * the number of completed epochs, in one {@link TensorFile} written atomically, so an interrupted run
 * resumes from its last finished epoch and continues exactly as it would have.
 */
public final class Checkpoint {

    private static final String MODEL = "model.";
    private static final String OPTIMIZER = "optimizer.";
    private static final String EPOCH = "epoch";

    private Checkpoint() {
    }

    public static void save(Path file, Module model, Optimizer optimizer, int completedEpochs) throws IOException {
        Map<String, Tensor> all = new LinkedHashMap<>();
        model.stateDict().forEach((k, v) -> all.put(MODEL + k, v));
        optimizer.stateDict().forEach((k, v) -> all.put(OPTIMIZER + k, v));
        all.put(EPOCH, Tensor.scalar(completedEpochs));
        TensorFile.write(file, all);
    }

    /**
     * Loads a checkpoint into the model and optimizer and returns the number of completed epochs, or 0
     * (touching nothing) when the file does not exist yet.
     */
    public static int resume(Path file, Module model, Optimizer optimizer) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        Map<String, Tensor> all = TensorFile.read(file);
        Tensor epoch = all.get(EPOCH);
        if (epoch == null) {
            throw new IOException(file + ": not a training checkpoint (no '" + EPOCH + "' entry)");
        }
        try {
            model.loadStateDict(withPrefix(all, MODEL));
            optimizer.loadStateDict(withPrefix(all, OPTIMIZER));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": checkpoint does not fit this model or optimizer: " + e.getMessage(), e);
        }
        return (int) epoch.item();
    }

    private static Map<String, Tensor> withPrefix(Map<String, Tensor> all, String prefix) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
