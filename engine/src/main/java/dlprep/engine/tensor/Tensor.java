package dlprep.engine.tensor;

import dlprep.engine.autograd.Backprop;
import dlprep.engine.autograd.Function;
import dlprep.engine.kernels.BinaryFn;
import dlprep.engine.kernels.UnaryFn;
import dlprep.engine.ops.Binary;
import dlprep.engine.ops.Cast;
import dlprep.engine.ops.Cat;
import dlprep.engine.ops.Clamp;
import dlprep.engine.ops.Expand;
import dlprep.engine.ops.Gather;
import dlprep.engine.ops.IndexSelect;
import dlprep.engine.ops.Indices;
import dlprep.engine.ops.MatMul;
import dlprep.engine.ops.MaxAlongDim;
import dlprep.engine.ops.Pad;
import dlprep.engine.ops.Permute;
import dlprep.engine.ops.Reshape;
import dlprep.engine.ops.ScatterAdd;
import dlprep.engine.ops.Slice;
import dlprep.engine.ops.Sum;
import dlprep.engine.ops.Unary;
import dlprep.engine.ops.Where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An n-dimensional array of float32 (or float64) numbers in row-major order, with autograd.
 *
 * <p>Storage is a plain Java array that is always contiguous: {@link #reshape} and its relatives return
 * views that share it; every other movement (permute, slice, expand, ...) copies. This keeps the
 * bookkeeping to a shape alone. Ops are implemented in {@code dlprep.engine.ops}, one class per op with
 * its backward beside its forward; this class only gives them PyTorch's names.
 *
 * <p>Index tensors (class labels, gather indices) are ordinary float tensors holding whole numbers; ops
 * that read them check that they are whole and in range.
 *
 * <p>The class is open for one purpose: {@code nn.Parameter} is a tensor (as in PyTorch), so a layer's
 * weight can be used in ops directly.
 */
public class Tensor {

    private final int[] shape;
    private final DType dtype;
    private final float[] f;
    private final double[] d;

    private boolean requiresGrad;
    private Tensor grad;
    private Function gradFn;

    private Tensor(int[] shape, float[] f, double[] d) {
        this.shape = shape;
        this.f = f;
        this.d = d;
        this.dtype = f != null ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** A leaf over the storage of {@code values} (for subclasses such as {@code Parameter}). */
    protected Tensor(Tensor values) {
        this(values.shape, values.f, values.d);
    }

    // ---------------------------------------------------------------- creation

    /** A float32 tensor that takes ownership of {@code data} (no copy). */
    public static Tensor wrap(float[] data, int... shape) {
        checkFills(data.length, shape);
        return new Tensor(shape.clone(), data, null);
    }

    /** A float64 tensor that takes ownership of {@code data} (no copy). */
    public static Tensor wrap(double[] data, int... shape) {
        checkFills(data.length, shape);
        return new Tensor(shape.clone(), null, data);
    }

    /** A float32 tensor holding a copy of {@code data}; with no shape given, a vector. */
    public static Tensor of(float[] data, int... shape) {
        return wrap(data.clone(), shape.length == 0 ? new int[] {data.length} : shape);
    }

    /** A float64 tensor holding a copy of {@code data}; with no shape given, a vector. */
    public static Tensor of(double[] data, int... shape) {
        return wrap(data.clone(), shape.length == 0 ? new int[] {data.length} : shape);
    }

    /** A float32 matrix from rows of equal length. */
    public static Tensor of(float[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        float[] data = new float[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException("tensor: row " + i + " has " + rows[i].length
                        + " values but row 0 has " + cols);
            }
            System.arraycopy(rows[i], 0, data, i * cols, cols);
        }
        return wrap(data, rows.length, cols);
    }

    /** A zero-dimensional float32 tensor. */
    public static Tensor scalar(double value) {
        return scalar(value, DType.FLOAT32);
    }

    public static Tensor scalar(double value, DType dtype) {
        return full(dtype, value);
    }

    public static Tensor zeros(int... shape) {
        return zeros(DType.FLOAT32, shape);
    }

    public static Tensor zeros(DType dtype, int... shape) {
        checkShape("zeros", shape);
        int n = Shape.numel(shape);
        return dtype == DType.FLOAT32 ? new Tensor(shape.clone(), new float[n], null)
                : new Tensor(shape.clone(), null, new double[n]);
    }

    public static Tensor ones(int... shape) {
        return full(DType.FLOAT32, 1, shape);
    }

    public static Tensor ones(DType dtype, int... shape) {
        return full(dtype, 1, shape);
    }

    public static Tensor full(double value, int... shape) {
        return full(DType.FLOAT32, value, shape);
    }

    public static Tensor full(DType dtype, double value, int... shape) {
        Tensor t = zeros(dtype, shape);
        if (t.f != null) {
            Arrays.fill(t.f, (float) value);
        } else {
            Arrays.fill(t.d, value);
        }
        return t;
    }

    public static Tensor zerosLike(Tensor t) {
        return zeros(t.dtype, t.shape);
    }

    public static Tensor onesLike(Tensor t) {
        return full(t.dtype, 1, t.shape);
    }

    /** {@code [0, 1, ..., end-1]}. */
    public static Tensor arange(double end) {
        return arange(0, end, 1);
    }

    /** Values from {@code start} (inclusive) to {@code end} (exclusive) spaced by {@code step}. */
    public static Tensor arange(double start, double end, double step) {
        if (step == 0 || Double.isNaN(step) || (end - start) / step < 0) {
            throw new IllegalArgumentException("arange: cannot step from " + start + " to " + end + " by " + step);
        }
        int n = (int) Math.ceil((end - start) / step);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (start + i * step);
        }
        return wrap(v, n);
    }

    /** {@code steps} evenly spaced values from {@code start} to {@code end}, both included. */
    public static Tensor linspace(double start, double end, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("linspace: steps must be at least 1, got " + steps);
        }
        float[] v = new float[steps];
        for (int i = 0; i < steps; i++) {
            v[i] = (float) (steps == 1 ? start : start + (end - start) * i / (steps - 1));
        }
        return wrap(v, steps);
    }

    public static Tensor eye(int n) {
        return eye(n, n);
    }

    public static Tensor eye(int rows, int cols) {
        Tensor t = zeros(rows, cols);
        for (int i = 0; i < Math.min(rows, cols); i++) {
            t.f[i * cols + i] = 1;
        }
        return t;
    }

    /** Uniform samples in {@code [0, 1)} from the global generator. */
    public static Tensor rand(int... shape) {
        return rand(Generator.global(), shape);
    }

    public static Tensor rand(Generator g, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.f.length; i++) {
            t.f[i] = (float) g.uniform();
        }
        return t;
    }

    /** Standard normal samples from the global generator. */
    public static Tensor randn(int... shape) {
        return randn(Generator.global(), shape);
    }

    public static Tensor randn(Generator g, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.f.length; i++) {
            t.f[i] = (float) g.normal();
        }
        return t;
    }

    /** Whole numbers drawn uniformly from {@code [low, high)}. */
    public static Tensor randint(long low, long high, int... shape) {
        return randint(Generator.global(), low, high, shape);
    }

    public static Tensor randint(Generator g, long low, long high, int... shape) {
        if (high <= low) {
            throw new IllegalArgumentException("randint: high (" + high + ") must be greater than low (" + low + ")");
        }
        Tensor t = zeros(shape);
        for (int i = 0; i < t.f.length; i++) {
            t.f[i] = g.integer(low, high);
        }
        return t;
    }

    private static void checkFills(int length, int[] shape) {
        checkShape("tensor", shape);
        if (length != Shape.numel(shape)) {
            throw new IllegalArgumentException("tensor: " + length + " values do not fill shape "
                    + Shape.str(shape) + " (" + Shape.numel(shape) + " elements)");
        }
    }

    private static void checkShape(String op, int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException(op + ": negative dimension in shape " + Shape.str(shape));
            }
        }
    }

    // ---------------------------------------------------------------- inspection

    public int[] shape() {
        return shape.clone();
    }

    /** Size of dimension {@code dim} (negative counts from the end). */
    public int size(int dim) {
        return shape[Shape.dim("size", dim, shape.length)];
    }

    /** Number of dimensions. */
    public int dim() {
        return shape.length;
    }

    public int numel() {
        return f != null ? f.length : d.length;
    }

    public DType dtype() {
        return dtype;
    }

    public boolean isFloat64() {
        return d != null;
    }

    /** The float32 storage, shared (writes are seen by every view); fails for a float64 tensor. */
    public float[] floatData() {
        if (f == null) {
            throw new IllegalStateException("floatData: the tensor is float64; call to(DType.FLOAT32) first");
        }
        return f;
    }

    /** The float64 storage, shared; fails for a float32 tensor. */
    public double[] doubleData() {
        if (d == null) {
            throw new IllegalStateException("doubleData: the tensor is float32; call to(DType.FLOAT64) first");
        }
        return d;
    }

    /** Element {@code i} of the row-major storage. */
    public double getFlat(int i) {
        return f != null ? f[i] : d[i];
    }

    /** Writes element {@code i} in place (no gradient is recorded). */
    public void setFlat(int i, double value) {
        if (f != null) {
            f[i] = (float) value;
        } else {
            d[i] = value;
        }
    }

    /** The element at a full index, e.g. {@code get(1, 2)} of a matrix. */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("get: " + index.length + " indices for a tensor of shape "
                    + Shape.str(shape));
        }
        int flat = 0;
        for (int i = 0; i < index.length; i++) {
            int k = index[i] < 0 ? index[i] + shape[i] : index[i];
            if (k < 0 || k >= shape[i]) {
                throw new IndexOutOfBoundsException("get: index " + index[i] + " is out of range for dimension "
                        + i + " of size " + shape[i]);
            }
            flat = flat * shape[i] + k;
        }
        return getFlat(flat);
    }

    /** The value of a one-element tensor. */
    public double item() {
        if (numel() != 1) {
            throw new IllegalStateException("item: only a one-element tensor has an item; this one has shape "
                    + Shape.str(shape));
        }
        return getFlat(0);
    }

    /** A copy of the values as float32, row-major. */
    public float[] toArray() {
        if (f != null) {
            return f.clone();
        }
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    /** A copy of the values as float64, row-major. */
    public double[] toDoubleArray() {
        if (d != null) {
            return d.clone();
        }
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i];
        }
        return out;
    }

    /** Whether no element is NaN or infinite. */
    public boolean isFinite() {
        if (f != null) {
            for (float v : f) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        } else {
            for (double v : d) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return TensorFormatter.format(this);
    }

    // ---------------------------------------------------------------- autograd

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Marks a leaf tensor as a variable whose gradient backward should compute. Returns this tensor. */
    public Tensor requiresGrad(boolean flag) {
        if (gradFn != null && !flag) {
            throw new IllegalStateException("requiresGrad: this tensor is the output of '" + gradFn.name()
                    + "'; only leaves can stop requiring a gradient (use detach())");
        }
        requiresGrad = flag;
        return this;
    }

    /** Whether this tensor was created by the user rather than by a recorded op. */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** The accumulated gradient, or null before the first backward. */
    public Tensor grad() {
        return grad;
    }

    public void setGrad(Tensor g) {
        if (g != null && !Arrays.equals(g.shape, shape)) {
            throw new IllegalArgumentException("setGrad: gradient of shape " + Shape.str(g.shape)
                    + " for a tensor of shape " + Shape.str(shape));
        }
        grad = g;
    }

    /** Clears the accumulated gradient (PyTorch's {@code zero_grad(set_to_none=True)}). */
    public void zeroGrad() {
        grad = null;
    }

    /** The op that produced this tensor, or null for a leaf. */
    public Function gradFn() {
        return gradFn;
    }

    /** Called by {@link Function#record}: makes this tensor the recorded output of {@code fn}. */
    public void attachGradFn(Function fn) {
        if (gradFn != null) {
            throw new IllegalStateException("attachGradFn: tensor already produced by '" + gradFn.name() + "'");
        }
        gradFn = fn;
        requiresGrad = true;
    }

    /** Keeps this non-leaf tensor's gradient in {@link #grad()} after backward (leaves always keep theirs). */
    public Tensor retainGrad() {
        if (gradFn != null) {
            gradFn.retainOutputGrad(this);
        }
        return this;
    }

    /** Backpropagates from this scalar (a loss): d(this)/d(leaf) is added into every leaf's grad. */
    public void backward() {
        if (numel() != 1) {
            throw new IllegalStateException("backward: the tensor has shape " + Shape.str(shape) + "; backward() "
                    + "without a gradient needs a one-element tensor (a loss). Pass the upstream gradient "
                    + "with backward(grad) for other shapes.");
        }
        backward(onesLike(this), false);
    }

    /** Backpropagates an explicit upstream gradient (the vector of a vector-Jacobian product). */
    public void backward(Tensor gradient) {
        backward(gradient, false);
    }

    /** As {@link #backward(Tensor)}; with {@code retainGraph} the graph may be traversed again. */
    public void backward(Tensor gradient, boolean retainGraph) {
        Backprop.run(this, gradient, retainGraph);
    }

    /** The same values, cut from the graph (shares storage). */
    public Tensor detach() {
        return new Tensor(shape, f, d);
    }

    // ---------------------------------------------------------------- type and copies

    /** This tensor in another element type (differentiable); itself when already of that type. */
    public Tensor to(DType target) {
        return target == dtype ? this : Cast.apply(this, target);
    }

    /** A differentiable copy with its own storage. */
    public Tensor copy() {
        return Reshape.copy(this);
    }

    /**
     * A tensor over the same storage with another shape of the same size, outside the graph. Ops build
     * their views with it (and record the graph themselves); users want {@link #reshape}.
     */
    public Tensor storageView(int... newShape) {
        if (Shape.numel(newShape) != numel()) {
            throw new IllegalArgumentException("view: shape " + Shape.str(newShape) + " does not have the "
                    + numel() + " elements of shape " + Shape.str(shape));
        }
        return new Tensor(newShape.clone(), f, d);
    }

    // ---------------------------------------------------------------- elementwise math

    public Tensor add(Tensor other) { return Binary.apply(BinaryFn.ADD, this, other); }
    public Tensor add(double c) { return Binary.apply(BinaryFn.ADD, this, constant(c)); }
    public Tensor sub(Tensor other) { return Binary.apply(BinaryFn.SUB, this, other); }
    public Tensor sub(double c) { return Binary.apply(BinaryFn.SUB, this, constant(c)); }
    public Tensor mul(Tensor other) { return Binary.apply(BinaryFn.MUL, this, other); }
    public Tensor mul(double c) { return Binary.apply(BinaryFn.MUL, this, constant(c)); }
    public Tensor div(Tensor other) { return Binary.apply(BinaryFn.DIV, this, other); }
    public Tensor div(double c) { return Binary.apply(BinaryFn.DIV, this, constant(c)); }
    public Tensor pow(Tensor exponent) { return Binary.apply(BinaryFn.POW, this, exponent); }
    public Tensor pow(double exponent) { return Binary.apply(BinaryFn.POW, this, constant(exponent)); }
    /** {@code c - this}. */
    public Tensor rsub(double c) { return Binary.apply(BinaryFn.SUB, constant(c), this); }
    public Tensor maximum(Tensor other) { return Binary.apply(BinaryFn.MAXIMUM, this, other); }
    public Tensor minimum(Tensor other) { return Binary.apply(BinaryFn.MINIMUM, this, other); }

    public Tensor neg() { return Unary.apply(UnaryFn.NEG, 0, this); }
    public Tensor abs() { return Unary.apply(UnaryFn.ABS, 0, this); }
    public Tensor sign() { return Unary.apply(UnaryFn.SIGN, 0, this); }
    public Tensor exp() { return Unary.apply(UnaryFn.EXP, 0, this); }
    public Tensor log() { return Unary.apply(UnaryFn.LOG, 0, this); }
    public Tensor sqrt() { return Unary.apply(UnaryFn.SQRT, 0, this); }
    public Tensor sin() { return Unary.apply(UnaryFn.SIN, 0, this); }
    public Tensor cos() { return Unary.apply(UnaryFn.COS, 0, this); }
    public Tensor square() { return mul(this); }
    public Tensor sigmoid() { return Unary.apply(UnaryFn.SIGMOID, 0, this); }
    public Tensor tanh() { return Unary.apply(UnaryFn.TANH, 0, this); }
    public Tensor relu() { return Unary.apply(UnaryFn.RELU, 0, this); }
    public Tensor leakyRelu(double negativeSlope) { return Unary.apply(UnaryFn.LEAKY_RELU, negativeSlope, this); }
    public Tensor elu(double alpha) { return Unary.apply(UnaryFn.ELU, alpha, this); }
    public Tensor gelu() { return Unary.apply(UnaryFn.GELU, 0, this); }
    public Tensor silu() { return Unary.apply(UnaryFn.SILU, 0, this); }
    public Tensor softplus(double beta) { return Unary.apply(UnaryFn.SOFTPLUS, beta, this); }

    /** Limits every element to {@code [min, max]}; the gradient passes where min <= x <= max. */
    public Tensor clamp(double min, double max) { return Clamp.apply(this, min, max); }

    public Tensor eq(Tensor other) { return Binary.compare(BinaryFn.EQ, this, other); }
    public Tensor eq(double c) { return Binary.compare(BinaryFn.EQ, this, constant(c)); }
    public Tensor ne(Tensor other) { return Binary.compare(BinaryFn.NE, this, other); }
    public Tensor lt(Tensor other) { return Binary.compare(BinaryFn.LT, this, other); }
    public Tensor lt(double c) { return Binary.compare(BinaryFn.LT, this, constant(c)); }
    public Tensor le(Tensor other) { return Binary.compare(BinaryFn.LE, this, other); }
    public Tensor le(double c) { return Binary.compare(BinaryFn.LE, this, constant(c)); }
    public Tensor gt(Tensor other) { return Binary.compare(BinaryFn.GT, this, other); }
    public Tensor gt(double c) { return Binary.compare(BinaryFn.GT, this, constant(c)); }
    public Tensor ge(Tensor other) { return Binary.compare(BinaryFn.GE, this, other); }
    public Tensor ge(double c) { return Binary.compare(BinaryFn.GE, this, constant(c)); }

    /** Elementwise choice: {@code cond ? a : b}, with {@code cond} a tensor of zeros and ones. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return Where.apply(cond, a, b);
    }

    /** Replaces the elements where {@code mask} is nonzero by {@code value}. */
    public Tensor maskedFill(Tensor mask, double value) {
        return Where.apply(mask, constant(value), this);
    }

    private Tensor constant(double c) {
        return scalar(c, dtype);
    }

    // ---------------------------------------------------------------- reductions

    /** Sum of all elements (a scalar). */
    public Tensor sum() { return Sum.all(this); }
    public Tensor sum(int dim) { return Sum.apply(this, new int[] {dim}, false); }
    public Tensor sum(int dim, boolean keepdim) { return Sum.apply(this, new int[] {dim}, keepdim); }
    public Tensor sum(int[] dims, boolean keepdim) { return Sum.apply(this, dims, keepdim); }

    public Tensor mean() { return sum().div(numel()); }
    public Tensor mean(int dim) { return mean(new int[] {dim}, false); }
    public Tensor mean(int dim, boolean keepdim) { return mean(new int[] {dim}, keepdim); }

    public Tensor mean(int[] dims, boolean keepdim) {
        return sum(dims, keepdim).div(Sum.count("mean", shape, dims));
    }

    /** Variance over {@code dims} with Bessel's correction when {@code unbiased} (PyTorch's default). */
    public Tensor var(int[] dims, boolean unbiased, boolean keepdim) {
        int n = Sum.count("var", shape, dims);
        Tensor centred = sub(mean(dims, true));
        return centred.square().sum(dims, keepdim).div(unbiased ? n - 1 : n);
    }

    public Tensor var(int dim) { return var(new int[] {dim}, true, false); }
    public Tensor var() { return reshape(-1).var(0); }

    public Tensor std(int[] dims, boolean unbiased, boolean keepdim) { return var(dims, unbiased, keepdim).sqrt(); }
    public Tensor std(int dim) { return var(dim).sqrt(); }
    public Tensor std() { return var().sqrt(); }

    /** Maximum over all elements. */
    public Tensor max() { return reshape(-1).max(0, false).values(); }
    public Tensor min() { return reshape(-1).min(0, false).values(); }

    /** Maximum along {@code dim}: the values (differentiable) and their positions (first occurrence). */
    public MaxAlongDim.Result max(int dim, boolean keepdim) { return MaxAlongDim.apply(this, dim, keepdim, true); }
    public MaxAlongDim.Result min(int dim, boolean keepdim) { return MaxAlongDim.apply(this, dim, keepdim, false); }

    /** Position of the maximum in the flattened tensor. */
    public Tensor argmax() { return reshape(-1).argmax(0, false); }
    public Tensor argmax(int dim, boolean keepdim) { return max(dim, keepdim).indices(); }
    public Tensor argmin() { return reshape(-1).argmin(0, false); }
    public Tensor argmin(int dim, boolean keepdim) { return min(dim, keepdim).indices(); }

    /** log(sum(exp(x))) along {@code dim}, computed as m + log(sum(exp(x - m))) with m the maximum. */
    public Tensor logsumexp(int dim, boolean keepdim) {
        Tensor m = rowMax(dim);
        Tensor out = sub(m).exp().sum(dim, true).log().add(m);
        return keepdim ? out : out.squeeze(dim);
    }

    /** exp(x) / sum(exp(x)) along {@code dim}, with the maximum subtracted first so that exp never overflows. */
    public Tensor softmax(int dim) {
        Tensor e = sub(rowMax(dim)).exp();
        return e.div(e.sum(dim, true));
    }

    /** log(softmax(x)) as (x - m) - log(sum(exp(x - m))): stable, and exact where softmax would underflow. */
    public Tensor logSoftmax(int dim) {
        Tensor shifted = sub(rowMax(dim));
        return shifted.sub(shifted.exp().sum(dim, true).log());
    }

    /**
     * The maximum along {@code dim} (kept as a size-1 dimension) as a constant: the shift in the stable
     * softmax formulas, which cancels out of the value and therefore needs no gradient. A row that is
     * entirely -infinity is shifted by 0 so that it stays -infinity instead of becoming NaN.
     */
    private Tensor rowMax(int dim) {
        Tensor m = max(dim, true).values().detach();
        return where(m.isInf(), zerosLike(m), m);
    }

    private Tensor isInf() {
        Tensor out = zerosLike(this);
        for (int i = 0; i < numel(); i++) {
            out.setFlat(i, Double.isInfinite(getFlat(i)) ? 1 : 0);
        }
        return out;
    }

    // ---------------------------------------------------------------- linear algebra

    /** Matrix product with PyTorch's rules: 1-D operands are promoted, batch dimensions broadcast. */
    public Tensor matmul(Tensor other) {
        return MatMul.apply(this, other);
    }

    // ---------------------------------------------------------------- shape and movement

    /** A view with a new shape (one entry may be -1 and is inferred); shares storage. */
    public Tensor reshape(int... newShape) { return Reshape.apply(this, newShape); }
    public Tensor view(int... newShape) { return Reshape.apply(this, newShape); }
    public Tensor flatten() { return reshape(-1); }

    /** Merges dimensions {@code startDim..endDim} into one. */
    public Tensor flatten(int startDim, int endDim) {
        int s = Shape.dim("flatten", startDim, Math.max(shape.length, 1));
        int e = Shape.dim("flatten", endDim, Math.max(shape.length, 1));
        if (shape.length == 0) {
            return reshape(1);
        }
        if (s > e) {
            throw new IllegalArgumentException("flatten: start dimension " + startDim + " comes after end " + endDim);
        }
        int[] out = new int[shape.length - (e - s)];
        int merged = 1;
        for (int i = s; i <= e; i++) {
            merged *= shape[i];
        }
        System.arraycopy(shape, 0, out, 0, s);
        out[s] = merged;
        System.arraycopy(shape, e + 1, out, s + 1, shape.length - e - 1);
        return reshape(out);
    }

    /** Removes every dimension of size 1. */
    public Tensor squeeze() {
        return reshape(Arrays.stream(shape).filter(s -> s != 1).toArray());
    }

    /** Removes dimension {@code dim} if it has size 1 (otherwise returns the tensor unchanged, as PyTorch). */
    public Tensor squeeze(int dim) {
        int k = Shape.dim("squeeze", dim, shape.length);
        if (shape[k] != 1) {
            return this;
        }
        int[] out = new int[shape.length - 1];
        System.arraycopy(shape, 0, out, 0, k);
        System.arraycopy(shape, k + 1, out, k, shape.length - k - 1);
        return reshape(out);
    }

    /** Inserts a dimension of size 1 at {@code dim} (which may equal the rank, or be negative). */
    public Tensor unsqueeze(int dim) {
        int k = Shape.dim("unsqueeze", dim, shape.length + 1);
        int[] out = new int[shape.length + 1];
        System.arraycopy(shape, 0, out, 0, k);
        out[k] = 1;
        System.arraycopy(shape, k, out, k + 1, shape.length - k);
        return reshape(out);
    }

    /** Reorders dimensions: output dimension i is input dimension {@code dims[i]}. */
    public Tensor permute(int... dims) { return Permute.apply(this, dims); }

    public Tensor transpose(int dim0, int dim1) {
        int a = Shape.dim("transpose", dim0, shape.length);
        int b = Shape.dim("transpose", dim1, shape.length);
        int[] perm = new int[shape.length];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i == a ? b : i == b ? a : i;
        }
        return permute(perm);
    }

    /** Transpose of a matrix. */
    public Tensor t() {
        if (shape.length != 2) {
            throw new IllegalArgumentException("t: expects a matrix, got shape " + Shape.str(shape)
                    + "; use transpose(dim0, dim1) or permute for other ranks");
        }
        return transpose(0, 1);
    }

    /** Elements {@code start, start+step, ...} below {@code end} along {@code dim} (Python's {@code x[start:end:step]}). */
    public Tensor slice(int dim, int start, int end, int step) { return Slice.apply(this, dim, start, end, step); }
    public Tensor slice(int dim, int start, int end) { return Slice.apply(this, dim, start, end, 1); }
    public Tensor narrow(int dim, int start, int length) { return Slice.apply(this, dim, start, start + length, 1); }

    /** The slice at {@code index} along {@code dim}, with that dimension removed. */
    public Tensor select(int dim, int index) {
        int k = Shape.dim("select", dim, shape.length);
        int i = index < 0 ? index + shape[k] : index;
        if (i < 0 || i >= shape[k]) {
            throw new IndexOutOfBoundsException("select: index " + index + " is out of range for dimension " + dim
                    + " of size " + shape[k]);
        }
        return narrow(k, i, 1).squeeze(k);
    }

    /** Concatenates tensors along an existing dimension. */
    public static Tensor cat(int dim, Tensor... tensors) { return Cat.apply(dim, tensors); }

    /** Stacks tensors of equal shape along a new dimension. */
    public static Tensor stack(int dim, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("stack: needs at least one tensor");
        }
        Tensor[] expanded = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            if (!Arrays.equals(tensors[i].shape, tensors[0].shape)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + Shape.str(tensors[i].shape)
                        + " but tensor 0 has shape " + Shape.str(tensors[0].shape));
            }
            expanded[i] = tensors[i].unsqueeze(dim);
        }
        return cat(dim, expanded);
    }

    /** Pieces of {@code splitSize} along {@code dim} (the last may be smaller). */
    public List<Tensor> split(int splitSize, int dim) {
        int k = Shape.dim("split", dim, shape.length);
        if (splitSize < 1) {
            throw new IllegalArgumentException("split: split size must be at least 1, got " + splitSize);
        }
        List<Tensor> parts = new ArrayList<>();
        for (int start = 0; start < shape[k]; start += splitSize) {
            parts.add(narrow(k, start, Math.min(splitSize, shape[k] - start)));
        }
        return parts;
    }

    /** {@code chunks} pieces of (nearly) equal size along {@code dim}, as {@code torch.chunk}. */
    public List<Tensor> chunk(int chunks, int dim) {
        if (chunks < 1) {
            throw new IllegalArgumentException("chunk: number of chunks must be at least 1, got " + chunks);
        }
        int k = Shape.dim("chunk", dim, shape.length);
        return split(Math.max(1, (shape[k] + chunks - 1) / chunks), k);
    }

    /**
     * Constant padding, in PyTorch's order: {@code (left, right)} of the last dimension first, then of the
     * one before it, and so on.
     */
    public Tensor pad(int[] pads, double value) { return Pad.apply(this, pads, value); }

    /** Repeats size-1 dimensions (and adds leading ones) to reach {@code newShape}; -1 keeps a size. */
    public Tensor expand(int... newShape) { return Expand.apply(this, newShape); }

    /** Entries of {@code index} (a vector of whole numbers) along {@code dim}. */
    public Tensor indexSelect(int dim, Tensor index) { return IndexSelect.apply(this, dim, index); }

    /** {@code out[i][j] = this[index[i][j]][j]} for dim 0, and likewise for other dims (torch.gather). */
    public Tensor gather(int dim, Tensor index) { return Gather.apply(this, dim, index); }

    /** A copy of this tensor with {@code src} added at the positions {@code index} gives along {@code dim}. */
    public Tensor scatterAdd(int dim, Tensor index, Tensor src) { return ScatterAdd.apply(this, dim, index, src); }

    /** One-hot encoding of a tensor of class indices: shape gains a last dimension of {@code numClasses}. */
    public Tensor oneHot(int numClasses) {
        int[] idx = Indices.read("one_hot", this, numClasses);
        int[] outShape = Arrays.copyOf(shape, shape.length + 1);
        outShape[shape.length] = numClasses;
        Tensor out = zeros(outShape);
        for (int i = 0; i < idx.length; i++) {
            out.f[i * numClasses + idx[i]] = 1;
        }
        return out;
    }
}
