package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RotateImageTest {

    @Test
    void rotatesClockwise() {
        int[][] m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        RotateImage.rotate(m);
        assertArrayEquals(new int[][] {{7, 4, 1}, {8, 5, 2}, {9, 6, 3}}, m);
        int[][] one = {{5}};
        RotateImage.rotate(one);
        assertArrayEquals(new int[][] {{5}}, one);
        RotateImage.rotate(new int[0][]);
    }

    @Test
    void fourRotationsAreTheIdentity() {
        int[][] m = {{1, 2}, {3, 4}};
        for (int i = 0; i < 4; i++) {
            RotateImage.rotate(m);
        }
        assertArrayEquals(new int[][] {{1, 2}, {3, 4}}, m);
    }

    @Test
    void refusesNonSquareMatrices() {
        assertThrows(IllegalArgumentException.class, () -> RotateImage.rotate(new int[][] {{1, 2, 3}, {4, 5, 6}}));
    }

    @Test
    void agreesWithCopyingIntoANewMatrix() {
        Random random = new Random(48);
        for (int n = 1; n <= 7; n++) {
            int[][] m = new int[n][n];
            int[][] expected = new int[n][n];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    m[r][c] = random.nextInt(100);
                }
            }
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    expected[c][n - 1 - r] = m[r][c];
                }
            }
            RotateImage.rotate(m);
            assertArrayEquals(expected, m);
        }
    }
}
