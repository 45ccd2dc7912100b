package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * Batch normalisation (Ioffe and Szegedy, 2015) of images [N, C, H, W]: each channel is normalised with the
 * mean and variance over the batch and all positions, then scaled and shifted by learned per-channel weight
 * and bias ({@code nn.BatchNorm2d}). Training and evaluation differ: see {@link NormBase}.
 */
public final class BatchNorm2d extends NormBase {

    public BatchNorm2d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1, true);
    }

    public BatchNorm2d(int numFeatures, double eps, double momentum, boolean affine) {
        super(numFeatures, eps, momentum, affine, true, false);
    }

    @Override
    void checkInput(Tensor x, int numFeatures) {
        if (x.dim() != 4 || x.size(1) != numFeatures) {
            throw wrongInput("[N, " + numFeatures + ", H, W]", x);
        }
    }
}
