package dlprep.lab.plot;

import java.util.List;

/**
 * One x-y plot of a {@link Figure}: axes over {@code x} and {@code y}, contour lines underneath, then the
 * series in order (each in the next colour of the palette). Points outside the ranges are clipped, so a
 * diverging run leaves the frame instead of squeezing the others.
 */
public record Panel(String title, String xLabel, String yLabel, Range x, Range y, List<Series> series,
                    List<Contour> contours) {

    public Panel {
        series = List.copyOf(series);
        contours = List.copyOf(contours);
    }

    /** A panel without contours whose ranges fit every finite point of {@code series}, with a margin. */
    public static Panel fitting(String title, String xLabel, String yLabel, List<Series> series) {
        double[] xs = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.x())).toArray();
        double[] ys = series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.y())).toArray();
        return new Panel(title, xLabel, yLabel, Range.around(xs), Range.around(ys), series, List.of());
    }

    /** An interval of an axis, min below max. */
    public record Range(double min, double max) {

        public Range {
            if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("axis range: need finite min < max, got [" + min + ", " + max + "]");
            }
        }

        /** The span of the finite values with 5% added on each side (a unit range around a single value). */
        public static Range around(double[] values) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (lo > hi) {
                return new Range(-1, 1);
            }
            double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1, Math.abs(lo)) * 0.5;
            return new Range(lo - pad, hi + pad);
        }

        double span() {
            return max - min;
        }
    }
}
