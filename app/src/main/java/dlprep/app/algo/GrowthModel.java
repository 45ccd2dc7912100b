package dlprep.app.algo;

/** The stated complexity a growth benchmark is checked against: the function of n that time should follow. */
public enum GrowthModel {
    LINEAR("n"),
    N_LOG_N("n log n"),
    QUADRATIC("n^2"),
    CUBIC("n^3");

    private final String label;

    GrowthModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The model's value at n (log base 2). */
    public double at(double n) {
        return switch (this) {
            case LINEAR -> n;
            case N_LOG_N -> n * Math.log(n) / Math.log(2);
            case QUADRATIC -> n * n;
            case CUBIC -> n * n * n;
        };
    }
}
