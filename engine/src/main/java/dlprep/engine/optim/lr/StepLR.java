package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

/**
 * Step decay, as PyTorch's {@code StepLR}: the lr drops by a factor gamma every {@code stepSize} epochs,
 * {@code lr(e) = base * gamma^floor(e / stepSize)} (closed form).
 */
public final class StepLR extends LrScheduler {

    private final int stepSize;
    private final double gamma;

    /** PyTorch's default gamma is 0.1. */
    public StepLR(Optimizer optimizer, int stepSize, double gamma) {
        super(optimizer);
        if (stepSize < 1) {
            throw new IllegalArgumentException("StepLR: stepSize must be at least 1, got " + stepSize);
        }
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("StepLR: gamma must be positive, got " + gamma);
        }
        this.stepSize = stepSize;
        this.gamma = gamma;
    }

    @Override
    public double lr(int epoch) {
        return baseLr() * Math.pow(gamma, epoch / stepSize);
    }
}
