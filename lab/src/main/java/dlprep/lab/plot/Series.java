package dlprep.lab.plot;

/** A named sequence of points drawn as a line, a dashed line, markers, or a line through markers. */
public record Series(String name, double[] x, double[] y, Style style) {

    public enum Style { LINE, DASHED, MARKERS, LINE_AND_MARKERS }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
                    + " y values; give one y per x");
        }
        x = x.clone();
        y = y.clone();
    }

    /** A 2-D path, e.g. an optimizer's iterates: {@code points[k] = {x1, x2}}. */
    public static Series path(String name, double[][] points, Style style) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int k = 0; k < points.length; k++) {
            x[k] = points[k][0];
            y[k] = points[k][1];
        }
        return new Series(name, x, y, style);
    }

    /** {@code f} sampled at {@code n} evenly spaced points of [from, to]. */
    public static Series function(String name, java.util.function.DoubleUnaryOperator f, double from, double to, int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + (to - from) * i / (n - 1);
            y[i] = f.applyAsDouble(x[i]);
        }
        return new Series(name, x, y, Style.LINE);
    }
}
