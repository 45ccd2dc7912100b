package dlprep.ml.tree;

/** The stopping hyper-parameters both CART trees share: their checks and their text in {@code describe()}. */
final class TreeParameters {

    private TreeParameters() {
    }

    static void check(String model, int maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxFeatures) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException(model + ": max_depth = " + maxDepth + " must be at least 1");
        }
        if (minSamplesSplit < 2) {
            throw new IllegalArgumentException(model + ": min_samples_split = " + minSamplesSplit + " must be at least 2");
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException(model + ": min_samples_leaf = " + minSamplesLeaf + " must be at least 1");
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException(model + ": max_features = " + maxFeatures + " must be at least 1");
        }
    }

    static String describe(int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        return (maxDepth == Integer.MAX_VALUE ? "" : ", max_depth=" + maxDepth)
                + (minSamplesSplit == 2 ? "" : ", min_samples_split=" + minSamplesSplit)
                + (minSamplesLeaf == 1 ? "" : ", min_samples_leaf=" + minSamplesLeaf);
    }
}
