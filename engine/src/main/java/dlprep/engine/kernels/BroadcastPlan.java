package dlprep.engine.kernels;

/**
 * How to walk two broadcast operands in step with their output. The output is seen as {@code rows} rows
 * of {@code inner} contiguous elements; row r of operand a starts at {@code aOffsets[r]} and advances by
 * {@code aStep} (1, or 0 where a is broadcast along the row), likewise for b. Trailing dimensions that
 * both operands traverse in the same way are merged into the row first, so a same-shape operation is a
 * single row and a bias added over channels ([N, C, H, W] + [C, 1, 1]) has rows of H*W elements.
 */
public record BroadcastPlan(int rows, int inner, int[] aOffsets, int aStep, int[] bOffsets, int bStep) {

    /**
     * @param shape    the output shape
     * @param aStrides strides of a in output coordinates (0 along broadcast dimensions)
     * @param bStrides strides of b likewise
     */
    public static BroadcastPlan of(int[] shape, int[] aStrides, int[] bStrides) {
        int rank = shape.length;
        if (rank == 0) {
            return new BroadcastPlan(1, 1, new int[] {0}, 0, new int[] {0}, 0);
        }
        int inner = shape[rank - 1];
        int aStep = aStrides[rank - 1];
        int bStep = bStrides[rank - 1];
        int first = rank - 1; // first dimension merged into the row
        while (first > 0 && aStrides[first - 1] == aStep * inner && bStrides[first - 1] == bStep * inner) {
            first--;
            inner *= shape[first];
        }
        if (inner == 1) { // a row of one element: its steps do not matter, keep them canonical
            aStep = 1;
            bStep = 1;
        }
        int rows = 1;
        for (int d = 0; d < first; d++) {
            rows *= shape[d];
        }
        int[] aOff = new int[rows];
        int[] bOff = new int[rows];
        int[] index = new int[first];
        int oa = 0;
        int ob = 0;
        for (int r = 0; r < rows; r++) {
            aOff[r] = oa;
            bOff[r] = ob;
            for (int d = first - 1; d >= 0; d--) { // odometer over the outer dimensions
                index[d]++;
                oa += aStrides[d];
                ob += bStrides[d];
                if (index[d] < shape[d]) {
                    break;
                }
                oa -= aStrides[d] * shape[d];
                ob -= bStrides[d] * shape[d];
                index[d] = 0;
            }
        }
        return new BroadcastPlan(rows, inner, aOff, aStep, bOff, bStep);
    }
}
