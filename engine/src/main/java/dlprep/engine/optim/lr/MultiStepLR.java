package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

import java.util.Arrays;

/**
 * Decay at chosen epochs, as PyTorch's {@code MultiStepLR}: the lr is multiplied by gamma at each
 * milestone, {@code lr(e) = base * gamma^(number of milestones <= e)} (closed form; PyTorch's
 * {@code bisect_right}). A milestone listed twice counts twice, as in PyTorch.
 */
public final class MultiStepLR extends LrScheduler {

    private final int[] milestones;
    private final double gamma;

    public MultiStepLR(Optimizer optimizer, int[] milestones, double gamma) {
        super(optimizer);
        for (int m : milestones) {
            if (m < 0) {
                throw new IllegalArgumentException("MultiStepLR: milestones must be at least 0, got "
                        + Arrays.toString(milestones));
            }
        }
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("MultiStepLR: gamma must be positive, got " + gamma);
        }
        this.milestones = milestones.clone();
        this.gamma = gamma;
    }

    @Override
    public double lr(int epoch) {
        int passed = 0;
        for (int m : milestones) {
            if (m <= epoch) {
                passed++;
            }
        }
        return baseLr() * Math.pow(gamma, passed);
    }
}
