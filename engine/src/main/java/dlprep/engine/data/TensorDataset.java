package dlprep.engine.data;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * A data set held in two tensors whose first dimension indexes the examples, as PyTorch's
 * {@code TensorDataset(features, labels)}: example {@code i} is {@code (features[i], labels[i])}.
 */
public final class TensorDataset implements Dataset {

    private final Tensor features;
    private final Tensor labels;

    public TensorDataset(Tensor features, Tensor labels) {
        if (features.dim() == 0 || labels.dim() == 0) {
            throw new IllegalArgumentException("TensorDataset: features " + Shape.str(features.shape())
                    + " and labels " + Shape.str(labels.shape()) + " both need a first dimension of examples");
        }
        if (features.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("TensorDataset: features " + Shape.str(features.shape())
                    + " and labels " + Shape.str(labels.shape()) + " have different numbers of examples");
        }
        this.features = features.detach();
        this.labels = labels.detach();
    }

    public Tensor features() {
        return features;
    }

    public Tensor labels() {
        return labels;
    }

    @Override
    public int size() {
        return features.size(0);
    }

    /** Copies of row {@code index} of the features and of the labels. */
    @Override
    public Example get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("TensorDataset: index " + index + " is out of range for "
                    + size() + " examples");
        }
        return new Example(features.select(0, index), labels.select(0, index));
    }
}
