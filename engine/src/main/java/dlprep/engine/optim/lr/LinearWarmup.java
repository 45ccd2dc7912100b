package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

/**
 * Linear warm-up: the lr rises in a straight line from {@code startFactor * base} to base over
 * {@code warmupIters} epochs (or steps), then follows another schedule from its epoch 0, or stays at base.
 * In PyTorch this is {@code SequentialLR([LinearLR(opt, startFactor, 1.0, warmupIters), after],
 * milestones=[warmupIters])}; in closed form
 * <pre>    lr(e) = base * (startFactor + (1 - startFactor) e / warmupIters)   for e &lt; warmupIters
 *     lr(e) = after.lr(e - warmupIters)                                 from then on</pre>
 * Large batches and Adam on transformers are unstable with the full lr while the moment estimates are
 * still noise; a few epochs of warm-up avoid the early divergence. Step only this schedule: the one
 * after it is used through its closed form. Unlike the others, it changes the optimizer's lr at once
 * (epoch 0 runs at {@code startFactor * base}), as PyTorch's LinearLR does.
 */
public final class LinearWarmup extends LrScheduler {

    private final double startFactor;
    private final int warmupIters;
    private final LrScheduler after;

    /** Warm-up, then a constant lr. */
    public LinearWarmup(Optimizer optimizer, double startFactor, int warmupIters) {
        this(optimizer, startFactor, warmupIters, null);
    }

    /** Warm-up, then {@code after} (created first, on the same optimizer, so both read the same base lr). */
    public LinearWarmup(Optimizer optimizer, double startFactor, int warmupIters, LrScheduler after) {
        super(optimizer);
        if (!(startFactor > 0 && startFactor <= 1)) {
            throw new IllegalArgumentException("LinearWarmup: startFactor must be in (0, 1], got " + startFactor);
        }
        if (warmupIters < 1) {
            throw new IllegalArgumentException("LinearWarmup: warmupIters must be at least 1, got " + warmupIters);
        }
        if (after != null && after.optimizer() != optimizer) {
            throw new IllegalArgumentException("LinearWarmup: the schedule to continue with drives another optimizer");
        }
        this.startFactor = startFactor;
        this.warmupIters = warmupIters;
        this.after = after;
        // Set here rather than in LrScheduler: Java runs the base constructor before these fields are set.
        optimizer.setLr(lr(0));
    }

    @Override
    public double lr(int epoch) {
        if (epoch < warmupIters) {
            return baseLr() * (startFactor + (1 - startFactor) * epoch / warmupIters);
        }
        return after == null ? baseLr() : after.lr(epoch - warmupIters);
    }
}
