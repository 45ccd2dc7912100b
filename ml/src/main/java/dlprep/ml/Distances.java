package dlprep.ml;

/** The distance the clustering methods and their metrics measure with. */
public final class Distances {

    private Distances() {
    }

    /** ‖a − b‖², for rows of equal length. */
    public static double squaredEuclidean(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            s += diff * diff;
        }
        return s;
    }
}
