package dlprep.ml.ensemble;

/** Row selection shared by the ensembles that train on parts of the data (bootstrap, out-of-bag, folds). */
final class Rows {

    private Rows() {
    }

    /** The rows of {@code x} at {@code indices}, in that order (shared, not copied). */
    static double[][] select(double[][] x, int[] indices) {
        double[][] r = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            r[i] = x[indices[i]];
        }
        return r;
    }
}
