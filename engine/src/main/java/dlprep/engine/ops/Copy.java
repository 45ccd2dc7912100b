package dlprep.engine.ops;

import dlprep.engine.tensor.Tensor;

/** Element moves by position maps (see {@code StridedIndex}), for both storage types. */
final class Copy {

    private Copy() {
    }

    /** {@code out[i] = src[map[i]]}. */
    static void gather(Tensor src, int[] map, Tensor out) {
        if (src.isFloat64()) {
            double[] s = src.doubleData();
            double[] o = out.doubleData();
            for (int i = 0; i < map.length; i++) {
                o[i] = s[map[i]];
            }
        } else {
            float[] s = src.floatData();
            float[] o = out.floatData();
            for (int i = 0; i < map.length; i++) {
                o[i] = s[map[i]];
            }
        }
    }

    /** {@code out[map[i]] += src[i]}. */
    static void scatterAdd(Tensor src, int[] map, Tensor out) {
        if (src.isFloat64()) {
            double[] s = src.doubleData();
            double[] o = out.doubleData();
            for (int i = 0; i < map.length; i++) {
                o[map[i]] += s[i];
            }
        } else {
            float[] s = src.floatData();
            float[] o = out.floatData();
            for (int i = 0; i < map.length; i++) {
                o[map[i]] += s[i];
            }
        }
    }

    /** {@code out[map[i]] = src[i]}. */
    static void scatter(Tensor src, int[] map, Tensor out) {
        if (src.isFloat64()) {
            double[] s = src.doubleData();
            double[] o = out.doubleData();
            for (int i = 0; i < map.length; i++) {
                o[map[i]] = s[i];
            }
        } else {
            float[] s = src.floatData();
            float[] o = out.floatData();
            for (int i = 0; i < map.length; i++) {
                o[map[i]] = s[i];
            }
        }
    }

    /** A new tensor of the given shape and src's type, filled by {@link #gather}. */
    static Tensor gathered(Tensor src, int[] map, int[] shape) {
        Tensor out = Tensor.zeros(src.dtype(), shape);
        gather(src, map, out);
        return out;
    }

    /** A zero tensor of the given shape and src's type, with src scattered-added into it. */
    static Tensor scatteredAdd(Tensor src, int[] map, int[] shape) {
        Tensor out = Tensor.zeros(src.dtype(), shape);
        scatterAdd(src, map, out);
        return out;
    }
}
