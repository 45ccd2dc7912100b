package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

import java.util.Objects;

/**
 * A learning-rate schedule, as PyTorch's {@code torch.optim.lr_scheduler.LRScheduler}: it reads the
 * optimizer's learning rate once as the base lr, and each {@link #step()} moves to the next epoch and sets
 * the optimizer's lr to {@link #lr(int)} of that epoch. Call step once per epoch (after the epoch's
 * optimizer steps), or once per optimizer step for schedules measured in iterations:
 *
 * <pre>{@code
 * Optimizer opt = new SGD(model.parameters(), 0.1).momentum(0.9);
 * LrScheduler schedule = new CosineAnnealingLR(opt, epochs, 0);
 * for (int epoch = 0; epoch < epochs; epoch++) {
 *     trainOneEpoch(model, opt);
 *     schedule.step();
 * }}</pre>
 *
 * <p>Every schedule is written in its closed form (PyTorch's {@code _get_closed_form_lr}): the lr of epoch
 * e from the base lr and e alone. PyTorch's default {@code get_lr} is the chainable form, which multiplies
 * the current lr by the ratio of consecutive closed forms; the two agree as long as nothing else changes
 * the optimizer's lr, and the closed form is the one a reader can check.
 */
public abstract class LrScheduler {

    private final Optimizer optimizer;
    private final double baseLr;
    private int lastEpoch;

    protected LrScheduler(Optimizer optimizer) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.baseLr = optimizer.lr();
    }

    /** The learning rate in epoch {@code epoch} (0 is the first). */
    public abstract double lr(int epoch);

    /** Moves to the next epoch and sets the optimizer's learning rate for it. */
    public final void step() {
        lastEpoch++;
        optimizer.setLr(lr(lastEpoch));
    }

    /** The current epoch: how many times {@link #step()} has been called (PyTorch's {@code last_epoch}). */
    public final int lastEpoch() {
        return lastEpoch;
    }

    /** The optimizer's learning rate when this schedule was created. */
    public final double baseLr() {
        return baseLr;
    }

    public final Optimizer optimizer() {
        return optimizer;
    }
}
