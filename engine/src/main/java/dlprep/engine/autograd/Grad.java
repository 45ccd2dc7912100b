package dlprep.engine.autograd;

/**
 * Gradient-recording mode of the current thread. Evaluation and optimizer updates run inside
 * {@code try (var g = Grad.disabled()) { ... }}, so no graph is built and no memory is kept for backward.
 * Scopes nest; closing one restores the mode that was in force before it opened.
 */
public final class Grad implements AutoCloseable {

    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private final boolean previous;

    private Grad(boolean enabled) {
        previous = ENABLED.get();
        ENABLED.set(enabled);
    }

    /** Opens a scope in which ops record no graph (PyTorch's {@code torch.no_grad()}). */
    public static Grad disabled() {
        return new Grad(false);
    }

    /** Opens a scope in which ops record the graph again (PyTorch's {@code torch.enable_grad()}). */
    public static Grad enabled() {
        return new Grad(true);
    }

    public static boolean isEnabled() {
        return ENABLED.get();
    }

    @Override
    public void close() {
        ENABLED.set(previous);
    }
}
