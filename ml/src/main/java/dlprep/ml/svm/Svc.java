package dlprep.ml.svm;

import dlprep.ml.Classifier;
import dlprep.ml.Inputs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Support vector classification as scikit-learn's {@code SVC}: the soft-margin dual solved by {@link Smo}
 * for every pair of classes (one-vs-one, {@code k(k-1)/2} machines, each trained only on the rows of its
 * two classes), and prediction by majority vote, ties going to the lower class as in LIBSVM.
 * {@code C = Double.POSITIVE_INFINITY} gives the hard margin (no slack allowed).
 * The Gram matrix of the training rows is computed once per fit, so memory grows as {@code n^2}.
 */
public final class Svc implements Classifier {

    private final Kernel kernel;
    private final double c;
    private final double tol;
    private final int maxIterations;
    private Kernel fitted;
    private List<BinarySvm> machines = List.of();
    private int[] classes;
    private int features = -1;

    /** {@code SVC(kernel, C)} with scikit-learn's {@code tol = 1e-3} and no practical iteration limit. */
    public Svc(Kernel kernel, double c) {
        this(kernel, c, 1e-3, 10_000_000);
    }

    public Svc(Kernel kernel, double c, double tol, int maxIterations) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("SVC: C = " + c + " must be positive (infinity for the hard margin)");
        }
        if (!(tol > 0)) {
            throw new IllegalArgumentException("SVC: tol = " + tol + " must be positive");
        }
        this.kernel = kernel;
        this.c = c;
        this.tol = tol;
        this.maxIterations = maxIterations;
    }

    @Override
    public Svc fit(double[][] x, int[] labels) {
        Inputs.checkFit("SVC", x, labels);
        fitted = kernel.resolve(x);
        classes = Inputs.classesPresent(labels);
        int n = x.length;
        double[][] gram = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                gram[i][j] = gram[j][i] = fitted.apply(x[i], x[j]);
            }
        }
        List<BinarySvm> trained = new ArrayList<>();
        for (int a = 0; a < classes.length; a++) {
            for (int b = a + 1; b < classes.length; b++) {
                trained.add(fitPair(x, labels, gram, classes[a], classes[b]));
            }
        }
        machines = List.copyOf(trained);
        features = x[0].length;
        return this;
    }

    /** The machine for {@code positive} (+1) vs {@code negative} (-1) on their rows only. */
    private BinarySvm fitPair(double[][] x, int[] labels, double[][] gram, int positive, int negative) {
        int[] rows = java.util.stream.IntStream.range(0, labels.length)
                .filter(i -> labels[i] == positive || labels[i] == negative).toArray();
        int m = rows.length;
        double[][] k = new double[m][m];
        double[][] sub = new double[m][];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            sub[i] = x[rows[i]];
            y[i] = labels[rows[i]] == positive ? 1 : -1;
            for (int j = 0; j < m; j++) {
                k[i][j] = gram[rows[i]][rows[j]];
            }
        }
        return new BinarySvm(positive, negative, fitted, c, rows, sub, y, Smo.solve(k, y, c, tol, maxIterations));
    }

    @Override
    public int[] predict(double[][] x) {
        Inputs.checkPredict("SVC", x, features);
        int[] out = new int[x.length];
        int[] votes = new int[classes[classes.length - 1] + 1];
        for (int r = 0; r < x.length; r++) {
            Arrays.fill(votes, 0);
            for (BinarySvm m : machines) {
                votes[m.decision(x[r]) > 0 ? m.positive() : m.negative()]++;
            }
            int best = classes[0];
            for (int cls : classes) {
                if (votes[cls] > votes[best]) {
                    best = cls;
                }
            }
            out[r] = best;
        }
        return out;
    }

    /** The one-vs-one machines in scikit-learn's order: (0,1), (0,2), ..., (1,2), ... */
    public List<BinarySvm> machines() {
        return machines;
    }

    /** The machine of a two-class problem, for its margin, weights and support vectors. */
    public BinarySvm binary() {
        if (machines.size() != 1) {
            throw new IllegalStateException("SVC: " + machines.size() + " one-vs-one machines; binary() needs two classes");
        }
        return machines.get(0);
    }

    /** Every training row that is a support vector of some machine (scikit-learn's {@code support_}), ascending. */
    public int[] supportIndices() {
        TreeSet<Integer> all = new TreeSet<>();
        machines.forEach(m -> Arrays.stream(m.supportIndices()).forEach(all::add));
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The largest KKT violation over all machines, on the training rows {@code x} given to {@code fit}. */
    public double kktViolation(double[][] x) {
        return machines.stream().mapToDouble(m -> m.kktViolation(x)).max().orElse(0);
    }

    /** The kernel as used: {@code gamma="scale"} replaced by its value once fitted. */
    public Kernel kernel() {
        return fitted != null ? fitted : kernel;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "svc(%s, C=%s)", kernel.describe(),
                Double.isInfinite(c) ? "inf" : java.math.BigDecimal.valueOf(c).stripTrailingZeros().toPlainString());
    }
}
