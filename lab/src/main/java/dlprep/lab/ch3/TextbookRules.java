package dlprep.lab.ch3;

import java.util.function.UnaryOperator;

/**
 * The update rules of the optimization chapter as the textbook (Dive into Deep Learning, chapter 11; the formulas
 * are in notes/03-dl/15-adaptive-optimizers.md) writes them, each in a few lines over double arrays, coordinate by
 * coordinate. Two deliberate choices so that each rule and its engine twin compute the same thing: ε is added
 * after the square root, as PyTorch and the engine do (d2l adds it inside; with ε = 1e-6 that moves the 2-D runs'
 * iterates by at most 3e-6), and momentum is d2l's v ← βv + ηg, which equals PyTorch's b ← μb + g, θ ← θ − ηb with
 * v = ηb while η stays constant.
 */
final class TextbookRules {

    private TextbookRules() {
    }

    /** x ← x − η ∇f(x). */
    static UpdateRule gradientDescent(double lr) {
        return (x, gradient) -> {
            double[] g = gradient.apply(x);
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * g[i];
            }
        };
    }

    /** v ← βv + η∇f(x), x ← x − v (Polyak's heavy ball). */
    static UpdateRule momentum(double lr, double beta) {
        return new UpdateRule() {
            private double[] v;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                v = v == null ? new double[x.length] : v;
                double[] g = gradient.apply(x);
                for (int i = 0; i < x.length; i++) {
                    v[i] = beta * v[i] + lr * g[i];
                    x[i] -= v[i];
                }
            }
        };
    }

    /**
     * v ← βv + η∇f(x − βv), x ← x − v: the gradient at the look-ahead point. PyTorch's form stores that point
     * θ = x − βv instead of x (the note derives it), so that is what the engine's twin is compared with.
     */
    static UpdateRule nesterov(double lr, double beta) {
        return new UpdateRule() {
            private double[] v;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                v = v == null ? new double[x.length] : v;
                double[] g = gradient.apply(engineView(x));
                for (int i = 0; i < x.length; i++) {
                    v[i] = beta * v[i] + lr * g[i];
                    x[i] -= v[i];
                }
            }

            @Override
            public double[] engineView(double[] x) {
                double[] ahead = x.clone();
                for (int i = 0; v != null && i < x.length; i++) {
                    ahead[i] -= beta * v[i];
                }
                return ahead;
            }
        };
    }

    /** s ← s + g², x ← x − η g / (√s + ε). */
    static UpdateRule adagrad(double lr, double eps) {
        return new UpdateRule() {
            private double[] s;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                s = s == null ? new double[x.length] : s;
                double[] g = gradient.apply(x);
                for (int i = 0; i < x.length; i++) {
                    s[i] += g[i] * g[i];
                    x[i] -= lr * g[i] / (Math.sqrt(s[i]) + eps);
                }
            }
        };
    }

    /** s ← γs + (1 − γ) g², x ← x − η g / (√s + ε). */
    static UpdateRule rmsprop(double lr, double gamma, double eps) {
        return new UpdateRule() {
            private double[] s;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                s = s == null ? new double[x.length] : s;
                double[] g = gradient.apply(x);
                for (int i = 0; i < x.length; i++) {
                    s[i] = gamma * s[i] + (1 - gamma) * g[i] * g[i];
                    x[i] -= lr * g[i] / (Math.sqrt(s[i]) + eps);
                }
            }
        };
    }

    /** s ← ρs + (1 − ρ) g², g' ← √(Δx + ε) / √(s + ε) · g, x ← x − g', Δx ← ρΔx + (1 − ρ) g'². No learning rate. */
    static UpdateRule adadelta(double rho, double eps) {
        return new UpdateRule() {
            private double[] s;
            private double[] delta;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                s = s == null ? new double[x.length] : s;
                delta = delta == null ? new double[x.length] : delta;
                double[] g = gradient.apply(x);
                for (int i = 0; i < x.length; i++) {
                    s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
                    double update = Math.sqrt(delta[i] + eps) / Math.sqrt(s[i] + eps) * g[i];
                    x[i] -= update;
                    delta[i] = rho * delta[i] + (1 - rho) * update * update;
                }
            }
        };
    }

    /** m ← β1 m + (1 − β1) g, v ← β2 v + (1 − β2) g², x ← x − η m̂ / (√v̂ + ε) with m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t). */
    static UpdateRule adam(double lr, double beta1, double beta2, double eps) {
        return new UpdateRule() {
            private double[] m;
            private double[] v;
            private int t;

            @Override
            public void step(double[] x, UnaryOperator<double[]> gradient) {
                m = m == null ? new double[x.length] : m;
                v = v == null ? new double[x.length] : v;
                t++;
                double[] g = gradient.apply(x);
                for (int i = 0; i < x.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    double mHat = m[i] / (1 - Math.pow(beta1, t));
                    double vHat = v[i] / (1 - Math.pow(beta2, t));
                    x[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
                }
            }
        };
    }
}
