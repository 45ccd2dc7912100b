package dlprep.lab.ch3;

import java.util.function.DoubleUnaryOperator;

/** A function of one variable with its first and second derivatives, written out by hand. */
record Function1D(String formula, DoubleUnaryOperator f, DoubleUnaryOperator df, DoubleUnaryOperator d2f) {

    /** c = 0.15 pi: x cos(cx) has its nearest local minimum near 7.27 and a lower one beyond the plot. */
    static final double C = 0.15 * Math.PI;

    /** x², convex, f' = 2x. */
    static final Function1D SQUARE = new Function1D("x^2", x -> x * x, x -> 2 * x, x -> 2);

    /** x cos(cx): f' = cos(cx) − c x sin(cx), f'' = −2c sin(cx) − c² x cos(cx). */
    static final Function1D X_COS = new Function1D("x cos(0.15 pi x)", x -> x * Math.cos(C * x),
            x -> Math.cos(C * x) - C * x * Math.sin(C * x), x -> -2 * C * Math.sin(C * x) - C * C * x * Math.cos(C * x));

    /** cosh(0.5 x): f' = 0.5 sinh(0.5 x), f'' = 0.25 cosh(0.5 x). */
    static final Function1D COSH = new Function1D("cosh(0.5 x)", x -> Math.cosh(0.5 * x), x -> 0.5 * Math.sinh(0.5 * x),
            x -> 0.25 * Math.cosh(0.5 * x));
}
