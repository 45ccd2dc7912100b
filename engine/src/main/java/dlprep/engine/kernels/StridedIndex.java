package dlprep.engine.kernels;

/**
 * Flat indices of a strided view: element i (in row-major order of {@code shape}) of the view that starts
 * at {@code offset} with the given strides lives at {@code map[i]} of the underlying array. Permute,
 * slice, expand and pad are all such views, so one odometer serves them all, for reading (gather) and for
 * accumulating gradients back (scatter-add).
 */
public final class StridedIndex {

    private StridedIndex() {
    }

    public static int[] map(int offset, int[] shape, int[] strides) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        int[] map = new int[n];
        int rank = shape.length;
        int[] index = new int[rank];
        int at = offset;
        for (int i = 0; i < n; i++) {
            map[i] = at;
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                at += strides[d];
                if (index[d] < shape[d]) {
                    break;
                }
                at -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return map;
    }
}
