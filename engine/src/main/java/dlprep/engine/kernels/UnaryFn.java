package dlprep.engine.kernels;

/**
 * The elementwise functions of one variable, each with its derivative beside it (as in micrograd).
 * {@code f(x, p)} is the value; {@code df(x, y, p)} is dy/dx given x and the already computed y = f(x), so
 * functions like exp and sigmoid reuse their output. {@code p} is the function's parameter where it has
 * one (negative slope of leaky ReLU, alpha of ELU, beta of softplus) and ignored elsewhere.
 */
public enum UnaryFn {
    NEG("neg") {
        public double f(double x, double p) { return -x; }
        public double df(double x, double y, double p) { return -1; }
    },
    ABS("abs") {
        public double f(double x, double p) { return Math.abs(x); }
        public double df(double x, double y, double p) { return Math.signum(x); }
    },
    SIGN("sign") {
        public double f(double x, double p) { return Math.signum(x); }
        public double df(double x, double y, double p) { return 0; }
    },
    EXP("exp") {
        public double f(double x, double p) { return Math.exp(x); }
        public double df(double x, double y, double p) { return y; }
    },
    LOG("log") {
        public double f(double x, double p) { return Math.log(x); }
        public double df(double x, double y, double p) { return 1 / x; }
    },
    SQRT("sqrt") {
        public double f(double x, double p) { return Math.sqrt(x); }
        public double df(double x, double y, double p) { return 0.5 / y; }
    },
    SIN("sin") {
        public double f(double x, double p) { return Math.sin(x); }
        public double df(double x, double y, double p) { return Math.cos(x); }
    },
    COS("cos") {
        public double f(double x, double p) { return Math.cos(x); }
        public double df(double x, double y, double p) { return -Math.sin(x); }
    },
    /** 1 / (1 + e^-x), evaluated so that neither branch overflows. */
    SIGMOID("sigmoid") {
        public double f(double x, double p) { return sigmoid(x); }
        public double df(double x, double y, double p) { return y * (1 - y); }
    },
    TANH("tanh") {
        public double f(double x, double p) { return Math.tanh(x); }
        public double df(double x, double y, double p) { return 1 - y * y; }
    },
    /** max(x, 0), NaN staying NaN; the derivative is 0 where the output is <= 0 (at 0 too), as in PyTorch. */
    RELU("relu") {
        public double f(double x, double p) { return Math.max(x, 0); }
        public double df(double x, double y, double p) { return y <= 0 ? 0 : 1; }
    },
    /** x for x > 0, p * x otherwise (p = negative slope). */
    LEAKY_RELU("leaky_relu") {
        public double f(double x, double p) { return x > 0 ? x : p * x; }
        public double df(double x, double y, double p) { return x > 0 ? 1 : p; }
    },
    /** x for x > 0, p * (e^x - 1) otherwise (p = alpha). */
    ELU("elu") {
        public double f(double x, double p) { return x > 0 ? x : p * Math.expm1(x); }
        public double df(double x, double y, double p) { return x > 0 ? 1 : y + p; }
    },
    /** x * Phi(x) with the exact normal CDF Phi (PyTorch's default GELU). */
    GELU("gelu") {
        public double f(double x, double p) { return x * 0.5 * (1 + Erf.erf(x / Math.sqrt(2))); }
        public double df(double x, double y, double p) {
            return 0.5 * (1 + Erf.erf(x / Math.sqrt(2))) + x * Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        }
    },
    /** x * sigmoid(x), also called swish. */
    SILU("silu") {
        public double f(double x, double p) { return x * sigmoid(x); }
        public double df(double x, double y, double p) {
            double s = sigmoid(x);
            return s * (1 + x * (1 - s));
        }
    },
    /** log(1 + e^(p x)) / p (p = beta), linear above p x > 20 as in PyTorch. */
    SOFTPLUS("softplus") {
        public double f(double x, double p) { return p * x > 20 ? x : Math.log1p(Math.exp(p * x)) / p; }
        public double df(double x, double y, double p) { return p * x > 20 ? 1 : sigmoid(p * x); }
    };

    private final String opName;

    UnaryFn(String opName) {
        this.opName = opName;
    }

    public abstract double f(double x, double p);

    public abstract double df(double x, double y, double p);

    /** The name used in error messages, as in PyTorch ({@code "leaky_relu"}). */
    public String opName() {
        return opName;
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }
}
