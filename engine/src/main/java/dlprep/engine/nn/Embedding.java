package dlprep.engine.nn;

import dlprep.engine.ops.Indices;
import dlprep.engine.tensor.Tensor;

import java.util.Arrays;

/**
 * A lookup table of {@code numEmbeddings} learned vectors of size {@code embeddingDim} ({@code nn.Embedding}):
 * an index tensor of any shape (whole numbers, as the engine's index tensors are) becomes that shape plus
 * {@code [embeddingDim]}. Looking up row i equals multiplying the one-hot vector of i by the table, without
 * forming it; so the gradient of a row is the sum of the gradients of its lookups. The rows start from N(0, 1),
 * as in PyTorch.
 */
public final class Embedding extends Module {

    private final int numEmbeddings;
    private final int embeddingDim;

    public Embedding(int numEmbeddings, int embeddingDim) {
        if (numEmbeddings < 1 || embeddingDim < 1) {
            throw new IllegalArgumentException("Embedding: num_embeddings and embedding_dim must be positive, got "
                    + numEmbeddings + " and " + embeddingDim);
        }
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        Init.normal(registerParameter("weight", Tensor.zeros(numEmbeddings, embeddingDim)), 0, 1);
    }

    /** The table, one row per index: {@code [numEmbeddings, embeddingDim]}. */
    public Tensor weight() {
        return getParameter("weight");
    }

    @Override
    public Tensor forward(Tensor indices) {
        Indices.read("Embedding", indices, numEmbeddings); // checked here so that a bad index names the layer
        int[] shape = indices.shape();
        int[] outShape = Arrays.copyOf(shape, shape.length + 1);
        outShape[shape.length] = embeddingDim;
        return weight().indexSelect(0, indices.reshape(-1)).reshape(outShape);
    }

    @Override
    protected String extraRepr() {
        return numEmbeddings + ", " + embeddingDim;
    }
}
