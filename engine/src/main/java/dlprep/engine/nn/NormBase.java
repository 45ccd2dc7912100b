package dlprep.engine.nn;

import dlprep.engine.ops.BatchNormalization;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.util.stream.IntStream;

/**
 * What batch and instance normalisation share (PyTorch's {@code _NormBase}): for an input [N, C, *],
 * y = (x - mean) / sqrt(var + eps) * weight + bias, with one weight and bias per channel.
 *
 * <p>Batch norm takes mean and variance per channel over the batch and all positions; instance norm per
 * sample and channel over the positions only. In training, and whenever no running statistics are kept,
 * they come from the input (biased variance: the spread of these very values; batch norm computes this case
 * as one fused op, {@link BatchNormalization}). When running statistics
 * are kept, training also blends the input's into them, running = (1 - momentum) * running + momentum *
 * observed, using the unbiased variance as PyTorch does since the running value estimates the population's;
 * evaluation then normalises with the running statistics instead, so an output does not depend on the
 * rest of its batch.
 */
abstract class NormBase extends Module {

    private final int numFeatures;
    private final double eps;
    private final double momentum;
    private final boolean affine;
    private final boolean trackRunningStats;
    private final boolean perInstance;

    NormBase(int numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats,
             boolean perInstance) {
        if (numFeatures < 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": num_features must be positive, got "
                    + numFeatures);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": momentum must be in [0, 1], got "
                    + momentum);
        }
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.trackRunningStats = trackRunningStats;
        this.perInstance = perInstance;
        if (affine) {
            registerParameter("weight", Tensor.ones(numFeatures));
            registerParameter("bias", Tensor.zeros(numFeatures));
        }
        if (trackRunningStats) {
            registerBuffer("running_mean", Tensor.zeros(numFeatures));
            registerBuffer("running_var", Tensor.ones(numFeatures));
        }
    }

    /** Fails, naming the layer and the shapes, unless {@code x} has this layer's layout. */
    abstract void checkInput(Tensor x, int numFeatures);

    /** The per-channel scale, or null without affine parameters. */
    public final Tensor weight() {
        return affine ? getParameter("weight") : null;
    }

    /** The per-channel shift, or null without affine parameters. */
    public final Tensor bias() {
        return affine ? getParameter("bias") : null;
    }

    /** The running mean per channel, or null when running statistics are not kept. */
    public final Tensor runningMean() {
        return trackRunningStats ? getBuffer("running_mean") : null;
    }

    /** The running (unbiased) variance per channel, or null when running statistics are not kept. */
    public final Tensor runningVar() {
        return trackRunningStats ? getBuffer("running_var") : null;
    }

    @Override
    public final Tensor forward(Tensor x) {
        checkInput(x, numFeatures);
        int rank = x.dim();
        boolean batchStatistics = isTraining() || !trackRunningStats;
        if (batchStatistics && isTraining() && x.numel() / numFeatures / (perInstance ? x.size(0) : 1) < 2) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": expected more than 1 value per "
                    + "channel when training, got input " + Shape.str(x.shape()));
        }
        if (batchStatistics && !perInstance) {
            double[] mean = new double[numFeatures];
            double[] var = new double[numFeatures];
            Tensor y = BatchNormalization.apply(x, weight(), bias(), eps, mean, var);
            if (isTraining() && trackRunningStats) {
                updateRunningStats(mean, var, x.numel() / numFeatures);
            }
            return y;
        }
        Tensor mean;
        Tensor var;
        if (batchStatistics) {
            int[] dims = IntStream.range(2, rank).toArray();
            mean = x.mean(dims, true);
            var = x.var(dims, false, true);
            if (isTraining() && trackRunningStats) {
                int n = x.numel() / mean.numel();
                updateRunningStats(averageOverSamples(mean), averageOverSamples(var), n);
            }
        } else {
            mean = PerChannel.view(runningMean(), rank);
            var = PerChannel.view(runningVar(), rank);
        }
        Tensor y = x.sub(mean).div(var.add(eps).sqrt());
        return affine ? y.mul(PerChannel.view(weight(), rank)).add(PerChannel.view(bias(), rank)) : y;
    }

    /** Instance norm's [N, C, 1, ...] statistics averaged over the samples, per channel. */
    private double[] averageOverSamples(Tensor statistic) {
        Tensor perChannel = statistic.detach().mean(0, false);
        double[] values = new double[numFeatures];
        for (int c = 0; c < numFeatures; c++) {
            values[c] = perChannel.getFlat(c);
        }
        return values;
    }

    /**
     * Blends the observed per-channel mean and biased variance, from n values each, into the running
     * statistics, in place and outside the graph (the variance made unbiased first).
     */
    private void updateRunningStats(double[] observedMean, double[] observedVar, int n) {
        Tensor runningMean = runningMean();
        Tensor runningVar = runningVar();
        for (int c = 0; c < numFeatures; c++) {
            double unbiased = observedVar[c] * n / (n - 1);
            runningMean.setFlat(c, (1 - momentum) * runningMean.getFlat(c) + momentum * observedMean[c]);
            runningVar.setFlat(c, (1 - momentum) * runningVar.getFlat(c) + momentum * unbiased);
        }
    }

    @Override
    protected String extraRepr() {
        return numFeatures + ", eps=" + Repr.number(eps) + ", momentum=" + Repr.number(momentum) + ", affine=" + affine
                + ", track_running_stats=" + trackRunningStats;
    }
}
