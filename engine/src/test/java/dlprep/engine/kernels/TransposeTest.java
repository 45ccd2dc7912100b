package dlprep.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Transpose with leading dimensions: a sub-matrix in, a sub-matrix out, nothing else touched. */
class TransposeTest {

    @Test
    void transposesASubMatrixIntoAWiderDestination() {
        // Source: the 2 x 3 block starting at index 1 of rows 4 wide: [[1, 2, 3], [5, 6, 7]].
        float[] src = {0, 1, 2, 3, 4, 5, 6, 7};
        float[] dst = new float[9];
        java.util.Arrays.fill(dst, -1);
        Transpose.transpose(src, 1, 2, 3, 4, dst, 0, 3);
        assertArrayEquals(new float[] {1, 5, -1, 2, 6, -1, 3, 7, -1}, dst);
    }

    @Test
    void blocksOfRowsCoverEveryRow() {
        int rows = 37;
        int cols = 5;
        float[] src = new float[rows * cols];
        for (int i = 0; i < src.length; i++) {
            src[i] = i;
        }
        float[] dst = new float[rows * cols];
        Transpose.transpose(src, 0, rows, cols, cols, dst, 0, rows);
        float[] expected = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                expected[j * rows + i] = src[i * cols + j];
            }
        }
        assertArrayEquals(expected, dst);
    }
}
