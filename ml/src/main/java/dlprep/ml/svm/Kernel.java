package dlprep.ml.svm;

import dlprep.ml.Distances;

import java.util.Locale;

/**
 * A kernel {@code K(x, z) = <phi(x), phi(z)>}, with scikit-learn's names and parameters:
 * linear {@code x.z}, polynomial {@code (gamma x.z + coef0)^degree}, RBF {@code exp(-gamma |x - z|^2)}.
 * {@code gamma = }{@link #SCALE} stands for scikit-learn's default {@code gamma="scale"}, fixed at fit time
 * to {@code 1 / (features * variance of all training values)} by {@link #resolve}.
 */
public record Kernel(Type type, double gamma, int degree, double coef0) {

    /** The marker for {@code gamma="scale"}. */
    public static final double SCALE = Double.NaN;

    public enum Type { LINEAR, POLY, RBF }

    public Kernel {
        if (type != Type.LINEAR && !Double.isNaN(gamma) && !(gamma > 0 && Double.isFinite(gamma))) {
            throw new IllegalArgumentException("kernel " + type + ": gamma " + gamma + " must be positive (or SCALE)");
        }
        if (type == Type.POLY && degree < 1) {
            throw new IllegalArgumentException("kernel poly: degree " + degree + " must be at least 1");
        }
    }

    public static Kernel linear() {
        return new Kernel(Type.LINEAR, 0, 1, 0);
    }

    public static Kernel poly(int degree, double gamma, double coef0) {
        return new Kernel(Type.POLY, gamma, degree, coef0);
    }

    public static Kernel rbf(double gamma) {
        return new Kernel(Type.RBF, gamma, 1, 0);
    }

    public double apply(double[] x, double[] z) {
        return switch (type) {
            case LINEAR -> dot(x, z);
            case POLY -> Math.pow(gamma * dot(x, z) + coef0, degree);
            case RBF -> Math.exp(-gamma * Distances.squaredEuclidean(x, z));
        };
    }

    /** This kernel with {@link #SCALE} replaced by {@code 1 / (d * Var(X))} of the training rows {@code x}. */
    public Kernel resolve(double[][] x) {
        if (!Double.isNaN(gamma) || type == Type.LINEAR) {
            return this;
        }
        double sum = 0;
        double sumSq = 0;
        long count = 0;
        for (double[] row : x) {
            for (double v : row) {
                sum += v;
                sumSq += v * v;
                count++;
            }
        }
        double mean = sum / count;
        double variance = sumSq / count - mean * mean;
        return new Kernel(type, variance > 0 ? 1.0 / (x[0].length * variance) : 1.0, degree, coef0);
    }

    public String describe() {
        String g = Double.isNaN(gamma) ? "scale" : String.format(Locale.ROOT, "%.4g", gamma);
        return switch (type) {
            case LINEAR -> "linear";
            case POLY -> String.format(Locale.ROOT, "poly, degree=%d, gamma=%s, coef0=%s", degree, g, coef0);
            case RBF -> "rbf, gamma=" + g;
        };
    }

    static double dot(double[] x, double[] z) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * z[k];
        }
        return s;
    }
}
