package dlprep.engine.tensor;

/**
 * PyTorch-like printing: {@code tensor([[1.0000, 2.5000], [3.0000, 4.0000]], requires_grad=true)}.
 * Whole numbers print as {@code 1.}, others with four decimals, and very large or small magnitudes in
 * scientific notation; dimensions longer than six elements are summarised with {@code ...} when the
 * tensor has more than 1000 elements, as PyTorch does.
 */
final class TensorFormatter {

    private static final int SUMMARY_THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    private TensorFormatter() {
    }

    static String format(Tensor t) {
        boolean summarise = t.numel() > SUMMARY_THRESHOLD;
        String pattern = pattern(t);
        int width = 0;
        for (int i = 0; i < t.numel(); i++) {
            width = Math.max(width, number(pattern, t.getFlat(i)).length());
        }
        StringBuilder sb = new StringBuilder("tensor(");
        if (t.dim() == 0) {
            sb.append(number(pattern, t.getFlat(0)));
        } else {
            block(sb, t, 0, 0, width, pattern, summarise, "tensor(".length());
        }
        if (t.dtype() == DType.FLOAT64) {
            sb.append(", dtype=float64");
        }
        if (t.gradFn() != null) {
            sb.append(", grad_fn=<").append(t.gradFn().name()).append(">");
        } else if (t.requiresGrad()) {
            sb.append(", requires_grad=true");
        }
        return sb.append(')').toString();
    }

    private static void block(StringBuilder sb, Tensor t, int dim, int offset, int width, String pattern,
                              boolean summarise, int indent) {
        int[] shape = t.shape();
        int size = shape[dim];
        int stride = 1;
        for (int i = dim + 1; i < shape.length; i++) {
            stride *= shape[i];
        }
        sb.append('[');
        for (int i = 0; i < size; i++) {
            if (summarise && size > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                sb.append(dim == shape.length - 1 ? "..., " : "...,\n" + " ".repeat(indent + dim + 1));
                i = size - EDGE_ITEMS - 1;
                continue;
            }
            if (dim == shape.length - 1) {
                String s = number(pattern, t.getFlat(offset + i));
                sb.append(" ".repeat(width - s.length())).append(s);
            } else {
                block(sb, t, dim + 1, offset + i * stride, width, pattern, summarise, indent);
            }
            if (i < size - 1) {
                sb.append(',');
                sb.append(dim == shape.length - 1 ? " "
                        : "\n".repeat(shape.length - dim - 1) + " ".repeat(indent + dim + 1));
            }
        }
        sb.append(']');
    }

    private static String pattern(Tensor t) {
        boolean whole = true;
        double maxAbs = 0;
        double minAbs = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.numel(); i++) {
            double v = t.getFlat(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            whole &= v == Math.rint(v);
            double a = Math.abs(v);
            maxAbs = Math.max(maxAbs, a);
            if (a > 0) {
                minAbs = Math.min(minAbs, a);
            }
        }
        if (maxAbs >= 1e8 || (!whole && minAbs < 1e-4) || (maxAbs > 0 && maxAbs / minAbs > 1e3 && !whole)) {
            return "%.4e";
        }
        return whole ? "%.0f." : "%.4f";
    }

    private static String number(String pattern, double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(java.util.Locale.ROOT, pattern, v);
    }
}
