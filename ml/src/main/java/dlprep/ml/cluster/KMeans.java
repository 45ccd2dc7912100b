package dlprep.ml.cluster;

import dlprep.engine.linalg.Matrices;
import dlprep.engine.tensor.Generator;
import dlprep.ml.ColumnStatistics;
import dlprep.ml.Distances;
import dlprep.ml.Inputs;

import java.util.Arrays;

/**
 * K-means by Lloyd's algorithm: assign every point to its nearest centre, move every centre to the mean of its
 * points, repeat. No step raises the inertia Σ‖xᵢ − μ_c(i)‖², so it stops, but in a local minimum; hence
 * k-means++ seeding and {@code nInit} restarts that keep the lowest inertia.
 *
 * <p>The loop follows scikit-learn's {@code KMeans(algorithm="lloyd")} so that, from the same initial centres,
 * both give the same centres: it stops when no label changes or when the centres moved by at most
 * {@code tolerance × mean feature variance} in total squared distance; if it stopped on the shift, the labels
 * are recomputed once from the final centres. A cluster that empties takes the point farthest from its centre.
 *
 * @param k          the number of clusters, 1..n
 * @param nInit      how many k-means++ seedings to run, keeping the lowest inertia (ignored with given centres)
 * @param maxIter    the most assignment/update rounds per run
 * @param tolerance  relative to the mean feature variance, as scikit-learn's {@code tol}
 * @param seed       the seed of the k-means++ draws
 * @param initial    given initial centres ({@code k × d}), or null for k-means++
 */
public record KMeans(int k, int nInit, int maxIter, double tolerance, long seed, double[][] initial) {

    /**
     * Centres, the cluster of every point, the inertia at those centres, the rounds the best run took, and the
     * centres it started from (to hand to another implementation for a like-for-like run).
     */
    public record Result(double[][] centres, int[] labels, double inertia, int iterations, double[][] initialCentres) {
    }

    public KMeans {
        if (k < 1) {
            throw new IllegalArgumentException("KMeans: k = " + k + "; ask for at least one cluster");
        }
        if (nInit < 1 || maxIter < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("KMeans: nInit = " + nInit + ", maxIter = " + maxIter
                    + ", tolerance = " + tolerance + "; the first two must be at least 1, the tolerance 0 or more");
        }
        if (initial != null && initial.length != k) {
            throw new IllegalArgumentException("KMeans: " + initial.length + " initial centres for k = " + k
                    + "; give exactly k");
        }
    }

    /** scikit-learn's defaults (10 k-means++ runs, at most 300 rounds, tol 1e-4), with seed 0 (its random_state is unset). */
    public static KMeans of(int k) {
        return new KMeans(k, 10, 300, 1e-4, 0, null);
    }

    public KMeans withSeed(long seed) {
        return new KMeans(k, nInit, maxIter, tolerance, seed, initial);
    }

    public KMeans withNInit(int nInit) {
        return new KMeans(k, nInit, maxIter, tolerance, seed, initial);
    }

    public KMeans withMaxIter(int maxIter) {
        return new KMeans(k, nInit, maxIter, tolerance, seed, initial);
    }

    public KMeans withTolerance(double tolerance) {
        return new KMeans(k, nInit, maxIter, tolerance, seed, initial);
    }

    /** Starts from these centres instead of k-means++, once: the run scikit-learn's {@code KMeans(init=centres, n_init=1)} makes. */
    public KMeans withInitialCentres(double[][] centres) {
        return new KMeans(k, nInit, maxIter, tolerance, seed, centres);
    }

    public Result fit(double[][] x) {
        int d = Inputs.checkMatrix("KMeans.fit", x);
        ClusterCount.require("KMeans.fit", k, x.length);
        double tol = tolerance * meanVariance(x);
        if (initial != null) {
            Inputs.checkMatrix("KMeans.fit initial centres", initial);
            if (initial[0].length != d) {
                throw new IllegalArgumentException("KMeans: initial centres have " + initial[0].length
                        + " features but the data has " + d);
            }
            return lloyd(x, Matrices.copy(initial), tol);
        }
        Generator g = new Generator(seed);
        Result best = null;
        for (int run = 0; run < nInit; run++) {
            Result r = lloyd(x, kMeansPlusPlus(x, k, g), tol);
            if (best == null || r.inertia() < best.inertia()) {
                best = r;
            }
        }
        return best;
    }

    /**
     * k-means++ seeding (Arthur and Vassilvitskii, 2007): the first centre is a uniformly drawn point, each next one
     * a point drawn with probability proportional to D(x)², its squared distance to the nearest centre so far.
     */
    static double[][] kMeansPlusPlus(double[][] x, int k, Generator g) {
        int n = x.length;
        double[][] centres = new double[k][];
        centres[0] = x[(int) g.integer(0, n)].clone();
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = Distances.squaredEuclidean(x[i], centres[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : nearest) {
                total += v;
            }
            int chosen = 0;
            if (total > 0) {
                double u = g.uniform() * total;
                double cumulative = 0;
                chosen = -1;
                for (int i = 0; i < n && chosen < 0; i++) {
                    cumulative += nearest[i];
                    if (u < cumulative) {
                        chosen = i;
                    }
                }
                chosen = chosen < 0 ? n - 1 : chosen;
            }
            centres[c] = x[chosen].clone();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], Distances.squaredEuclidean(x[i], centres[c]));
            }
        }
        return centres;
    }

    private Result lloyd(double[][] x, double[][] start, double tol) {
        int n = x.length;
        double[][] centres = start;
        int[] labels = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        boolean labelsSettled = false;
        int rounds = 0;
        while (rounds < maxIter) {
            rounds++;
            assign(x, centres, labels);
            double[][] updated = means(x, labels, centres);
            double shift = 0;
            for (int c = 0; c < k; c++) {
                shift += Distances.squaredEuclidean(updated[c], centres[c]);
            }
            centres = updated;
            if (Arrays.equals(labels, previous)) {
                labelsSettled = true;
                break;
            }
            if (shift <= tol) {
                break;
            }
            System.arraycopy(labels, 0, previous, 0, n);
        }
        if (!labelsSettled) {
            assign(x, centres, labels);
        }
        return new Result(centres, labels, inertia(x, centres, labels), rounds, Matrices.copy(start));
    }

    /** The assignment step: each point to its nearest centre (the lower index on a tie). */
    private static void assign(double[][] x, double[][] centres, int[] labels) {
        for (int i = 0; i < x.length; i++) {
            labels[i] = nearestCentre(x[i], centres);
        }
    }

    static int nearestCentre(double[] point, double[][] centres) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            double dist = Distances.squaredEuclidean(point, centres[c]);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        return best;
    }

    /**
     * The update step: each centre to the mean of its points. An empty cluster would have no mean; as in
     * scikit-learn, it takes the point farthest from its own (old) centre, the next empty one the next farthest,
     * and that point's sum moves from its cluster to the empty one.
     */
    private double[][] means(double[][] x, int[] labels, double[][] old) {
        int d = x[0].length;
        double[][] sums = new double[k][d];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                sums[labels[i]][j] += x[i][j];
            }
        }
        Integer[] farthestFirst = null;
        int nextFar = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                continue;
            }
            if (farthestFirst == null) {
                double[] own = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    own[i] = Distances.squaredEuclidean(x[i], old[labels[i]]);
                }
                farthestFirst = new Integer[x.length];
                Arrays.setAll(farthestFirst, i -> i);
                Arrays.sort(farthestFirst, (a, b) -> Double.compare(own[b], own[a]));
            }
            int far = farthestFirst[nextFar++];
            for (int j = 0; j < d; j++) {
                sums[labels[far]][j] -= x[far][j];
                sums[c][j] = x[far][j];
            }
            counts[labels[far]]--;
            counts[c] = 1;
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sums[c][j] /= counts[c];
            }
        }
        return sums;
    }

    /** Σ‖xᵢ − μ_labels[i]‖², the k-means objective (scikit-learn's {@code inertia_}). */
    public static double inertia(double[][] x, double[][] centres, int[] labels) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += Distances.squaredEuclidean(x[i], centres[labels[i]]);
        }
        return s;
    }

    /** The mean over features of the (population) variance: the scale scikit-learn multiplies {@code tol} by. */
    private static double meanVariance(double[][] x) {
        return Arrays.stream(ColumnStatistics.variances(x, ColumnStatistics.means(x))).average().orElse(0);
    }
}
