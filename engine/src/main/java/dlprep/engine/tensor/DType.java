package dlprep.engine.tensor;

/**
 * Element type of a tensor. Training runs in {@link #FLOAT32} on the fast kernels; {@link #FLOAT64} exists
 * so that gradient checks can compare analytic and finite-difference gradients without float rounding
 * drowning the difference (it runs on the plain reference kernels).
 */
public enum DType {
    FLOAT32, FLOAT64;

    /** The type of a result computed from operands of types {@code a} and {@code b} (PyTorch's promotion). */
    public static DType promote(DType a, DType b) {
        return a == FLOAT64 || b == FLOAT64 ? FLOAT64 : FLOAT32;
    }

    @Override
    public String toString() {
        return this == FLOAT32 ? "float32" : "float64";
    }
}
