package dlprep.engine.autograd;

import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Anomaly detection (PyTorch's {@code torch.autograd.detect_anomaly}): while a scope is open, every op
 * checks its output, and every backward step the gradients it produces, and the first one containing
 * NaN or infinity fails with an {@link AnomalyException} naming that op. It costs one pass over each
 * result, so it is off by default.
 */
public final class Anomaly implements AutoCloseable {

    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final boolean previous;

    private Anomaly() {
        previous = ENABLED.get();
        ENABLED.set(true);
    }

    /** Opens an anomaly-detection scope: {@code try (var a = Anomaly.detect()) { ... }}. */
    public static Anomaly detect() {
        return new Anomaly();
    }

    public static boolean isEnabled() {
        return ENABLED.get();
    }

    @Override
    public void close() {
        ENABLED.set(previous);
    }

    static void checkForward(String op, Tensor output, Tensor[] inputs) {
        if (isEnabled() && !output.isFinite()) {
            StringBuilder shapes = new StringBuilder();
            for (Tensor in : inputs) {
                if (in != null) {
                    shapes.append(shapes.length() == 0 ? "" : ", ").append(Shape.str(in.shape()));
                }
            }
            throw new AnomalyException("anomaly: op '" + op + "' produced NaN or infinity in its output of shape "
                    + Shape.str(output.shape()) + " (input shapes: " + shapes + ")");
        }
    }

    static void checkBackward(String op, int inputIndex, Tensor grad) {
        if (isEnabled() && grad != null && !grad.isFinite()) {
            throw new AnomalyException("anomaly: the backward of op '" + op + "' produced NaN or infinity in the "
                    + "gradient of its input " + inputIndex + " (shape " + Shape.str(grad.shape()) + ")");
        }
    }
}
