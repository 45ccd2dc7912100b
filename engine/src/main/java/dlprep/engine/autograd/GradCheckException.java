package dlprep.engine.autograd;

/** A gradient check found an analytic gradient that disagrees with finite differences. */
public final class GradCheckException extends AssertionError {

    public GradCheckException(String message) {
        super(message);
    }
}
