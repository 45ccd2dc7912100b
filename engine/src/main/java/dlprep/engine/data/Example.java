package dlprep.engine.data;

import dlprep.engine.tensor.Tensor;

/** One example of a data set: the input {@code x} (an image, a feature vector) and its target {@code y}. */
public record Example(Tensor x, Tensor y) {
}
