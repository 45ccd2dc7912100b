package dlprep.engine.optim.lr;

import dlprep.engine.optim.Optimizer;

/**
 * Cosine annealing (SGDR, Loshchilov and Hutter, 2017, without restarts), as PyTorch's
 * {@code CosineAnnealingLR}: {@code lr(e) = etaMin + (base - etaMin) (1 + cos(pi e / tMax)) / 2}
 * (closed form). The lr falls slowly at first, fastest in the middle, and flattens out at etaMin at
 * e = tMax; past tMax the cosine rises again, as PyTorch's does.
 */
public final class CosineAnnealingLR extends LrScheduler {

    private final int tMax;
    private final double etaMin;

    /** PyTorch's default etaMin is 0. */
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin) {
        super(optimizer);
        if (tMax < 1) {
            throw new IllegalArgumentException("CosineAnnealingLR: tMax must be at least 1, got " + tMax);
        }
        if (!(etaMin >= 0)) {
            throw new IllegalArgumentException("CosineAnnealingLR: etaMin must be at least 0, got " + etaMin);
        }
        this.tMax = tMax;
        this.etaMin = etaMin;
    }

    @Override
    public double lr(int epoch) {
        return etaMin + (baseLr() - etaMin) * (1 + Math.cos(Math.PI * epoch / tMax)) / 2;
    }
}
