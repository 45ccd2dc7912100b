package dlprep.engine.autograd;

/** Thrown in anomaly mode by the first op whose output or gradient contains NaN or infinity. */
public final class AnomalyException extends ArithmeticException {

    public AnomalyException(String message) {
        super(message);
    }
}
