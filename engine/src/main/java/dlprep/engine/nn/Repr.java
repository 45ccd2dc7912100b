package dlprep.engine.nn;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Values in a layer's {@code extraRepr} written the way PyTorch (that is, Python) prints them, so that a
 * printed model reads the same in both: {@code 1e-05}, {@code 0.1}, {@code 1.0}, {@code (3, 3)}, {@code (10,)}.
 */
final class Repr {

    private Repr() {
    }

    /**
     * Python's {@code repr} of a float: the shortest digits that read back to the value, in positional
     * notation when the decimal exponent is from -4 to 15 and in scientific notation with at least two
     * exponent digits otherwise.
     */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = b.precision() - b.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = b.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = b.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }

    /** A Python tuple of ints: {@code (3, 3)}, or {@code (10,)} for one element. */
    static String tuple(int... values) {
        if (values.length == 1) {
            return "(" + values[0] + ",)";
        }
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int v : values) {
            j.add(Integer.toString(v));
        }
        return j.toString();
    }

    /** A height/width pair as a pooling layer prints it: one int when both are equal, else a tuple. */
    static String pair(int[] hw) {
        return hw[0] == hw[1] ? Integer.toString(hw[0]) : tuple(hw);
    }
}
