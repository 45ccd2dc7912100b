package dlprep.lab.ch3;

import java.util.function.UnaryOperator;

/**
 * One textbook optimizer written from scratch on a vector of doubles, keeping its own state between steps. It is
 * handed the gradient as a function, so a rule that evaluates it elsewhere than at x (Nesterov) can.
 * {@link TextbookRules} has the rules; each has a twin in {@code dlprep.engine.optim} that must give the same
 * iterates.
 */
interface UpdateRule {

    /** One update of {@code x} in place. */
    void step(double[] x, UnaryOperator<double[]> gradient);

    /**
     * The point the engine's optimizer of the same name stores after the same steps: x itself, except for
     * Nesterov, whose PyTorch form keeps the look-ahead point.
     */
    default double[] engineView(double[] x) {
        return x.clone();
    }
}
