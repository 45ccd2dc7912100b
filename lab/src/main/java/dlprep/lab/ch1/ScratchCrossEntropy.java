package dlprep.lab.ch1;

import dlprep.engine.nn.loss.Loss;
import dlprep.engine.nn.loss.Reduction;
import dlprep.engine.tensor.Tensor;

/**
 * Cross-entropy written out for predicted probabilities: the mean of {@code -log p[y]}, picking each
 * example's probability of its true class with {@code gather}.
 */
final class ScratchCrossEntropy extends Loss {

    ScratchCrossEntropy() {
        super(Reduction.MEAN);
    }

    @Override
    public Tensor forward(Tensor probabilities, Tensor labels) {
        Tensor picked = probabilities.gather(1, labels.reshape(-1, 1));
        return picked.log().neg().mean();
    }
}
