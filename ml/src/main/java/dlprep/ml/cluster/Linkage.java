package dlprep.ml.cluster;

/**
 * How far apart two clusters are, as the Lance-Williams update that gives the distance from a cluster k to the
 * union of i and j from the distances before the merge:
 * d(k, i∪j) = αᵢ d(k,i) + αⱼ d(k,j) + β d(i,j) + γ |d(k,i) − d(k,j)|.
 * Single, complete and average update Euclidean distances; Ward updates squared ones, for which the formula is
 * exact (the distance becomes the rise in within-cluster sum of squares, times two).
 */
public enum Linkage {
    /** The closest pair: min(d(k,i), d(k,j)) = ½d(k,i) + ½d(k,j) − ½|d(k,i) − d(k,j)|. */
    SINGLE,
    /** The farthest pair: max(d(k,i), d(k,j)), the same with +½|…|. */
    COMPLETE,
    /** The mean over all pairs: weights nᵢ/(nᵢ+nⱼ) and nⱼ/(nᵢ+nⱼ). */
    AVERAGE,
    /** Ward: ((nᵢ+nₖ) d²(k,i) + (nⱼ+nₖ) d²(k,j) − nₖ d²(i,j)) / (nᵢ+nⱼ+nₖ). */
    WARD;

    /** The distance (squared for Ward) from k to the merged i∪j. */
    double update(double dki, double dkj, double dij, int ni, int nj, int nk) {
        return switch (this) {
            case SINGLE -> 0.5 * dki + 0.5 * dkj - 0.5 * Math.abs(dki - dkj);
            case COMPLETE -> 0.5 * dki + 0.5 * dkj + 0.5 * Math.abs(dki - dkj);
            case AVERAGE -> (ni * dki + nj * dkj) / (ni + nj);
            case WARD -> ((ni + nk) * dki + (nj + nk) * dkj - nk * dij) / (ni + nj + nk);
        };
    }

    /** The value stored for two points: the Euclidean distance, or its square for Ward. */
    double pointDistance(double squaredEuclidean) {
        return this == WARD ? squaredEuclidean : Math.sqrt(squaredEuclidean);
    }

    /** The merge height reported: the stored value, or its square root for Ward (SciPy's and scikit-learn's convention). */
    double height(double stored) {
        return this == WARD ? Math.sqrt(stored) : stored;
    }

    /** {@code ward}, {@code single}, ...: the names scikit-learn uses. */
    public static Linkage parse(String name) {
        for (Linkage l : values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown linkage '" + name + "'; use single, complete, average or ward");
    }
}
