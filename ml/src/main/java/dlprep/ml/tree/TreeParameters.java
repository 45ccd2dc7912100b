package dlprep.ml.tree;

/**
 * The stopping hyper-parameters both CART trees share and hand to {@link TreeGrower}.
 *
 * @param maxDepth    {@code Integer.MAX_VALUE} for no limit
 * @param maxFeatures features tried per split; {@code Integer.MAX_VALUE} for all
 */
record TreeParameters(int maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxFeatures) {

    /** The parameters after checking them; an error names {@code model}. */
    static TreeParameters of(String model, int maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxFeatures) {
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
        return new TreeParameters(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
    }

    /** The depth and sample limits that differ from the defaults, as {@code describe()} prints them. */
    String describeLimits() {
        return (maxDepth == Integer.MAX_VALUE ? "" : ", max_depth=" + maxDepth)
                + (minSamplesSplit == 2 ? "" : ", min_samples_split=" + minSamplesSplit)
                + (minSamplesLeaf == 1 ? "" : ", min_samples_leaf=" + minSamplesLeaf);
    }
}
