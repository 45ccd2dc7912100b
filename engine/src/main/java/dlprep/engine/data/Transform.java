package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;

/**
 * A per-example transform of an image, {@code [C, H, W]} or {@code [H, W]}, as torchvision's transforms
 * ({@link Normalize}, {@link Resize}, {@link RandomCrop}, {@link RandomHorizontalFlip}, chained by
 * {@link Compose}). Transforms work on the data outside autograd and return a new tensor (or the input
 * unchanged).
 *
 * <p>Randomness is an argument: a {@link DataLoader} hands every batch its own generator derived from the
 * loader's seed, the epoch and the batch number, so augmentation repeats exactly for a seed however far
 * ahead the loader prefetches, and never races with the training thread for a shared generator.
 */
@FunctionalInterface
public interface Transform {

    /** Transforms {@code image}; random transforms draw from {@code random}. */
    Tensor apply(Tensor image, Generator random);

    /** Transforms {@code image}, drawing any randomness from the global generator. */
    default Tensor apply(Tensor image) {
        return apply(image, Generator.global());
    }
}
