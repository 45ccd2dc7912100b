package dlprep.lab.ch2;

import dlprep.engine.autograd.Grad;
import dlprep.engine.nn.Module;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Batch normalisation written out as the original chapter did (its {@code batch_norm} function and
 * {@code BatchNorm} class, from Dive into Deep Learning 5.10, first edition), to show both paths:
 * <ul>
 *   <li>training: normalise with the mean and (biased) variance of this batch, per feature for a fully
 *       connected layer's [N, C] output and per channel over (N, H, W) for a convolution's [N, C, H, W],
 *       and blend them into moving averages, moving = momentum * moving + (1 - momentum) * observed;</li>
 *   <li>inference: normalise with the moving averages, so an output no longer depends on its batch.</li>
 * </ul>
 * Then y = gamma * x_hat + beta with learned gamma (ones) and beta (zeros). As in the original, momentum
 * is 0.9, eps 1e-5 and both moving statistics start at zero (nn.BatchNorm2d starts the variance at one and
 * weights the other way round: its momentum 0.1 is this class's 1 - momentum).
 */
final class ScratchBatchNorm extends Module {

    private static final double MOMENTUM = 0.9;
    private static final double EPS = 1e-5;

    private final int[] reduceDims;
    private final Tensor gamma;
    private final Tensor beta;
    private final Tensor movingMean;
    private final Tensor movingVar;

    private ScratchBatchNorm(int[] statShape, int[] reduceDims) {
        this.reduceDims = reduceDims;
        gamma = registerParameter("gamma", Tensor.ones(statShape));
        beta = registerParameter("beta", Tensor.zeros(statShape));
        movingMean = registerBuffer("moving_mean", Tensor.zeros(statShape));
        movingVar = registerBuffer("moving_var", Tensor.zeros(statShape));
    }

    /** For a convolution's output [N, C, H, W]: statistics per channel. */
    static ScratchBatchNorm conv(int channels) {
        return new ScratchBatchNorm(new int[] {1, channels, 1, 1}, new int[] {0, 2, 3});
    }

    /** For a fully connected layer's output [N, C]: statistics per feature. */
    static ScratchBatchNorm fullyConnected(int features) {
        return new ScratchBatchNorm(new int[] {1, features}, new int[] {0});
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != movingMean.dim() || x.shape()[1] != movingMean.shape()[1]) {
            throw new IllegalArgumentException("ScratchBatchNorm: expected input [N, " + movingMean.shape()[1]
                    + (x.dim() == 4 ? ", H, W]" : "]") + " matching moving statistics " + Shape.str(movingMean.shape())
                    + ", got " + Shape.str(x.shape()));
        }
        Tensor xHat;
        if (isTraining()) {
            Tensor mean = x.mean(reduceDims, true);
            Tensor var = x.sub(mean).square().mean(reduceDims, true);
            xHat = x.sub(mean).div(var.add(EPS).sqrt());
            try (var g = Grad.disabled()) {
                blend(movingMean, mean);
                blend(movingVar, var);
            }
        } else {
            xHat = x.sub(movingMean).div(movingVar.add(EPS).sqrt());
        }
        return xHat.mul(gamma).add(beta);
    }

    private static void blend(Tensor moving, Tensor observed) {
        for (int i = 0; i < moving.numel(); i++) {
            moving.setFlat(i, MOMENTUM * moving.getFlat(i) + (1 - MOMENTUM) * observed.getFlat(i));
        }
    }

    @Override
    protected String extraRepr() {
        return movingMean.shape()[1] + ", momentum=" + MOMENTUM + ", eps=" + EPS;
    }
}
