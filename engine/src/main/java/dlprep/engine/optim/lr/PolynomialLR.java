package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

/**
 * Polynomial decay to zero, as PyTorch's {@code PolynomialLR} (the "poly" schedule of DeepLab):
 * {@code lr(e) = base * (1 - min(e, totalIters) / totalIters)^power} (closed form); 0 from
 * {@code totalIters} on. power = 1 is a straight line.
 */
public final class PolynomialLR extends LrScheduler {

    private final int totalIters;
    private final double power;

    /** PyTorch's defaults are totalIters = 5, power = 1. */
    public PolynomialLR(Optimizer optimizer, int totalIters, double power) {
        super(optimizer);
        if (totalIters < 1) {
            throw new IllegalArgumentException("PolynomialLR: totalIters must be at least 1, got " + totalIters);
        }
        if (!(power > 0)) {
            throw new IllegalArgumentException("PolynomialLR: power must be positive, got " + power);
        }
        this.totalIters = totalIters;
        this.power = power;
    }

    @Override
    public double lr(int epoch) {
        return baseLr() * Math.pow(1 - (double) Math.min(epoch, totalIters) / totalIters, power);
    }
}
