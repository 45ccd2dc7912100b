package dlprep.engine.train;

/** The loss became NaN or infinite: training stops, naming where, instead of running on with garbage. */
public final class TrainingDivergedException extends ArithmeticException {

    private final int epoch;
    private final int step;

    public TrainingDivergedException(int epoch, int step, double loss) {
        super("training diverged: the loss became " + loss + " at epoch " + epoch + ", step " + step
                + "; try a smaller learning rate (--lr) or check the data for NaN values");
        this.epoch = epoch;
        this.step = step;
    }

    public int epoch() {
        return epoch;
    }

    public int step() {
        return step;
    }
}
