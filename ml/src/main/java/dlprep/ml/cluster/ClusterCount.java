package dlprep.ml.cluster;

/** The one check every method here makes on the number of clusters it is asked for. */
final class ClusterCount {

    private ClusterCount() {
    }

    static void require(String method, int k, int samples) {
        if (k < 1) {
            throw new IllegalArgumentException(method + ": k = " + k + "; ask for at least one cluster");
        }
        if (k > samples) {
            throw new IllegalArgumentException(method + ": k = " + k + " clusters but only " + samples
                    + " samples; k can be at most the number of samples");
        }
    }
}
