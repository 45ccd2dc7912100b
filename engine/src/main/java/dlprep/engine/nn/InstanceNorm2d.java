package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;

/**
 * Instance normalisation (Ulyanov et al., 2016) of images [N, C, H, W]: each channel of each sample is
 * normalised with its own mean and variance over the positions, as in style transfer
 * ({@code nn.InstanceNorm2d}). As in PyTorch, by default it has no affine parameters and keeps no running
 * statistics, so training and evaluation agree; with {@code trackRunningStats} see {@link NormBase}.
 */
public final class InstanceNorm2d extends NormBase {

    public InstanceNorm2d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1, false, false);
    }

    public InstanceNorm2d(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
        super(numFeatures, eps, momentum, affine, trackRunningStats, true);
    }

    @Override
    void checkInput(Tensor x, int numFeatures) {
        if (x.dim() != 4 || x.size(1) != numFeatures) {
            throw wrongInput("[N, " + numFeatures + ", H, W]", x);
        }
    }
}
