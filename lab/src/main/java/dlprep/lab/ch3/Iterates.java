package dlprep.lab.ch3;

import java.util.Locale;
import java.util.StringJoiner;

/** How the chapter prints iterates: six decimals like the original's helpers, tiny values in scientific notation. */
final class Iterates {

    private Iterates() {
    }

    /** A setting as written in the text: 0.1, 2, 0.000001 (no trailing zeros, no exponent). */
    static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Six decimals, or three significant digits in scientific notation when six decimals would hide the value. */
    static String decimal(double v) {
        return v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e7) ? String.format(Locale.ROOT, "%.3e", v)
                : String.format(Locale.ROOT, "%.6f", v);
    }

    /** {@code [x0, x1, ...]}. */
    static String list(double[] xs) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : xs) {
            j.add(decimal(x));
        }
        return j.toString();
    }

    /** {@code (x1, x2) (x1, x2) ...} for the first {@code n} points of a 2-D path. */
    static String points(double[][] path, int n) {
        StringJoiner j = new StringJoiner(" ");
        for (int k = 0; k < Math.min(n, path.length); k++) {
            j.add("(" + decimal(path[k][0]) + ", " + decimal(path[k][1]) + ")");
        }
        return j.toString();
    }
}
