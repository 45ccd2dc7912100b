package dlprep.engine.kernels;

/**
 * The elementwise functions of two variables, with both partial derivatives beside the value
 * ({@code da = dy/da}, {@code db = dy/db}, given a, b and y). Comparisons return 1 or 0 and are not
 * differentiable (their derivatives are zero, and the ops built on them record no graph).
 */
public enum BinaryFn {
    ADD("add") {
        public double f(double a, double b) { return a + b; }
        public double da(double a, double b, double y) { return 1; }
        public double db(double a, double b, double y) { return 1; }
    },
    SUB("sub") {
        public double f(double a, double b) { return a - b; }
        public double da(double a, double b, double y) { return 1; }
        public double db(double a, double b, double y) { return -1; }
    },
    MUL("mul") {
        public double f(double a, double b) { return a * b; }
        public double da(double a, double b, double y) { return b; }
        public double db(double a, double b, double y) { return a; }
    },
    DIV("div") {
        public double f(double a, double b) { return a / b; }
        public double da(double a, double b, double y) { return 1 / b; }
        public double db(double a, double b, double y) { return -a / (b * b); }
    },
    /** a^b; d/db = a^b ln a, defined for a > 0 (the exponent is usually a constant that needs no gradient). */
    POW("pow") {
        public double f(double a, double b) { return Math.pow(a, b); }
        public double da(double a, double b, double y) { return b == 0 ? 0 : b * Math.pow(a, b - 1); }
        public double db(double a, double b, double y) { return y * Math.log(a); }
    },
    /** Elementwise maximum; at ties the gradient is split evenly, as PyTorch does. */
    MAXIMUM("maximum") {
        public double f(double a, double b) { return Math.max(a, b); }
        public double da(double a, double b, double y) { return a > b ? 1 : a == b ? 0.5 : 0; }
        public double db(double a, double b, double y) { return b > a ? 1 : a == b ? 0.5 : 0; }
    },
    MINIMUM("minimum") {
        public double f(double a, double b) { return Math.min(a, b); }
        public double da(double a, double b, double y) { return a < b ? 1 : a == b ? 0.5 : 0; }
        public double db(double a, double b, double y) { return b < a ? 1 : a == b ? 0.5 : 0; }
    },
    EQ("eq") {
        public double f(double a, double b) { return a == b ? 1 : 0; }
    },
    NE("ne") {
        public double f(double a, double b) { return a != b ? 1 : 0; }
    },
    LT("lt") {
        public double f(double a, double b) { return a < b ? 1 : 0; }
    },
    LE("le") {
        public double f(double a, double b) { return a <= b ? 1 : 0; }
    },
    GT("gt") {
        public double f(double a, double b) { return a > b ? 1 : 0; }
    },
    GE("ge") {
        public double f(double a, double b) { return a >= b ? 1 : 0; }
    };

    private final String opName;

    BinaryFn(String opName) {
        this.opName = opName;
    }

    public abstract double f(double a, double b);

    public double da(double a, double b, double y) {
        return 0;
    }

    public double db(double a, double b, double y) {
        return 0;
    }

    public String opName() {
        return opName;
    }

    public boolean isComparison() {
        return ordinal() >= EQ.ordinal();
    }
}
