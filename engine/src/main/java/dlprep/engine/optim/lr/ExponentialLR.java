package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

/** Exponential decay, as PyTorch's {@code ExponentialLR}: {@code lr(e) = base * gamma^e} (closed form). */
public final class ExponentialLR extends LrScheduler {

    private final double gamma;

    public ExponentialLR(Optimizer optimizer, double gamma) {
        super(optimizer);
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("ExponentialLR: gamma must be positive, got " + gamma);
        }
        this.gamma = gamma;
    }

    @Override
    public double lr(int epoch) {
        return baseLr() * Math.pow(gamma, epoch);
    }
}
