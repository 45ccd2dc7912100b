package dlprep.lab;

/**
 * The settings every experiment takes ({@code --epochs --lr --batch-size --seed --limit}). {@code limit}
 * caps the number of training examples (0 = all), for quick runs. Out-of-range values are rejected
 * with the name of the option and its bounds.
 */
public record Params(int epochs, double lr, int batchSize, long seed, int limit) {

    public static final int MAX_EPOCHS = 1000;
    public static final int MAX_BATCH = 65_536;

    public Params {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("--epochs must be between 1 and " + MAX_EPOCHS + ", got " + epochs);
        }
        if (!(lr > 0 && lr <= 100)) {
            throw new IllegalArgumentException("--lr must be greater than 0 and at most 100, got " + lr);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("--batch-size must be between 1 and " + MAX_BATCH + ", got " + batchSize);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all examples) or positive, got " + limit);
        }
    }

    /** How many of {@code available} training examples a run uses: all, or the first {@code --limit} if fewer. */
    public int trainingExamples(int available) {
        return limit > 0 && limit < available ? limit : available;
    }

    /** These settings with the given values replaced (null keeps the current one). */
    public Params with(Integer epochs, Double lr, Integer batchSize, Long seed, Integer limit) {
        return new Params(epochs != null ? epochs : this.epochs, lr != null ? lr : this.lr,
                batchSize != null ? batchSize : this.batchSize, seed != null ? seed : this.seed,
                limit != null ? limit : this.limit);
    }
}
