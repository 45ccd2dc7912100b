package dlprep.engine.ops;

import dlprep.engine.kernels.StridedIndex;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

/**
 * Reading index tensors (class labels, gather/scatter positions), which are float tensors holding whole
 * numbers, and turning them into flat positions. Every check names the op that asked.
 */
public final class Indices {

    private Indices() {
    }

    /** The values of {@code index} as ints, each checked to be a whole number in {@code [0, bound)}. */
    public static int[] read(String op, Tensor index, int bound) {
        int[] out = new int[index.numel()];
        for (int i = 0; i < out.length; i++) {
            double v = index.getFlat(i);
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(op + ": index tensor of shape " + Shape.str(index.shape())
                        + " holds " + v + " at position " + i + ", which is not a whole number; indices must be "
                        + "whole numbers (class labels, positions)");
            }
            if (v < 0 || v >= bound) {
                throw new IndexOutOfBoundsException(op + ": index " + (long) v + " at position " + i
                        + " is out of range [0, " + bound + ")");
            }
            out[i] = (int) v;
        }
        return out;
    }

    /**
     * For gather and scatter along {@code dim}: for each element of an index tensor of shape
     * {@code indexShape}, the flat position in a tensor of shape {@code target} that it addresses (its own
     * coordinates, with the coordinate along {@code dim} replaced by the index value).
     */
    static int[] alongDim(String op, int[] target, int dim, Tensor index) {
        int[] idxShape = index.shape();
        if (idxShape.length != target.length) {
            throw new IllegalArgumentException(op + ": index of shape " + Shape.str(idxShape) + " must have the rank of "
                    + "the tensor of shape " + Shape.str(target));
        }
        for (int d = 0; d < target.length; d++) {
            if (d != dim && idxShape[d] > target[d]) {
                throw new IllegalArgumentException(op + ": index of shape " + Shape.str(idxShape) + " is larger than the "
                        + "tensor of shape " + Shape.str(target) + " in dimension " + d);
            }
        }
        int[] values = read(op, index, target[dim]);
        int[] strides = Shape.strides(target);
        int[] base = StridedIndex.map(0, idxShape, withZero(strides, dim));
        for (int i = 0; i < base.length; i++) {
            base[i] += values[i] * strides[dim];
        }
        return base;
    }

    /** Flat positions, in a tensor of shape {@code outer}, of the elements of a sub-block of shape {@code inner}. */
    static int[] subBlock(int[] inner, int[] outer) {
        return StridedIndex.map(0, inner, Shape.strides(outer));
    }

    private static int[] withZero(int[] strides, int dim) {
        int[] s = strides.clone();
        s[dim] = 0;
        return s;
    }
}
