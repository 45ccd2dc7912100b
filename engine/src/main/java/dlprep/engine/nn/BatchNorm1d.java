package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * Batch normalisation (Ioffe and Szegedy, 2015) of features [N, C] or sequences [N, C, L]: each channel is
 * normalised with the mean and variance over the batch (and length), then scaled and shifted by learned
 * per-channel weight and bias ({@code nn.BatchNorm1d}). Training and evaluation differ: see {@link NormBase}.
 */
public final class BatchNorm1d extends NormBase {

    public BatchNorm1d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1, true);
    }

    public BatchNorm1d(int numFeatures, double eps, double momentum, boolean affine) {
        super(numFeatures, eps, momentum, affine, true, false);
    }

    @Override
    void checkInput(Tensor x, int numFeatures) {
        if ((x.dim() != 2 && x.dim() != 3) || x.size(1) != numFeatures) {
            throw wrongInput("[N, " + numFeatures + "] or [N, " + numFeatures + ", L]", x);
        }
    }
}
