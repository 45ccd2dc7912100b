package dlprep.models.inspect;

/**
 * The receptive field of a tensor along height and width: how many input pixels one of its elements can
 * see (the largest such window over its elements), and the jump, the distance in input pixels between
 * neighbouring elements (the product of the strides so far). Through a convolution or pooling with kernel
 * k, stride s and dilation d the effective kernel is {@code k_eff = d (k - 1) + 1} and
 * {@code r_out = r_in + (k_eff - 1) j_in}, {@code j_out = j_in s}. After global pooling, a reduction over
 * that axis or a fully connected layer every element sees the whole input: {@link Axis#whole()}.
 */
public record ReceptiveField(Axis height, Axis width) {

    /**
     * One axis of the field. {@code size} is in input pixels and may exceed the input when padding lets a
     * window reach past its border (the usual theoretical receptive field); when {@code whole} is set the
     * size is the input's extent and {@code jump} is 0 (no spatial layout is left to step through).
     */
    public record Axis(int size, int jump, boolean whole) {

        static Axis pixel() {
            return new Axis(1, 1, false);
        }

        static Axis wholeInput(int extent) {
            return new Axis(extent, 0, true);
        }

        /** After a window of {@code kernel} taps spaced {@code dilation} apart, moved by {@code stride}. */
        Axis through(int kernel, int stride, int dilation) {
            if (whole) {
                return this;
            }
            int span = dilation * (kernel - 1) + 1;
            return new Axis(size + (span - 1) * jump, jump * stride, false);
        }

        /** An element that combines elements with these two fields sees the larger of them. */
        static Axis max(Axis a, Axis b) {
            if (a.whole) {
                return a;
            }
            if (b.whole) {
                return b;
            }
            return new Axis(Math.max(a.size, b.size), Math.max(a.jump, b.jump), false);
        }
    }

    /** The field of an input pixel: itself. */
    static ReceptiveField pixel() {
        return new ReceptiveField(Axis.pixel(), Axis.pixel());
    }

    /** Every element sees the whole {@code inputHeight x inputWidth} input. */
    static ReceptiveField wholeInput(int inputHeight, int inputWidth) {
        return new ReceptiveField(Axis.wholeInput(inputHeight), Axis.wholeInput(inputWidth));
    }

    static ReceptiveField max(ReceptiveField a, ReceptiveField b) {
        return new ReceptiveField(Axis.max(a.height, b.height), Axis.max(a.width, b.width));
    }

    /** Whether both axes cover the whole input. */
    public boolean whole() {
        return height.whole && width.whole;
    }

    /** {@code 14x14}, or {@code whole 28x28}. */
    public String sizeText() {
        return (whole() ? "whole " : "") + height.size + "x" + width.size;
    }

    /** {@code 2x2}, or {@code -} when no spatial layout is left. */
    public String jumpText() {
        return height.whole && width.whole ? "-" : height.jump + "x" + width.jump;
    }
}
