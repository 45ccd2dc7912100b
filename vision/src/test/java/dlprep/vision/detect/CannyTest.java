package dlprep.vision.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class CannyTest {

    /** 6x4: columns 0-2 are 0, columns 3-5 are 200. */
    private static Image step() {
        int[][] rows = new int[4][6];
        for (int[] row : rows) {
            row[3] = row[4] = row[5] = 200;
        }
        return Image.gray(rows);
    }

    @Test
    void aStepGivesOneColumnOfEdgeOnItsDarkSide() {
        // Sobel d/dx is 4 * 200 = 800 at columns 2 and 3 (both straddle the step), 0 elsewhere. Non-maximum
        // suppression keeps a pixel greater than its left neighbour and at least its right one, so of the
        // tie only column 2 remains.
        Image edges = Canny.detect(step(), 100, 300, 0, 3, false);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(x == 2 ? 255f : 0f, edges.get(0, x, y), "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void aSeedMustExceedTheHighThreshold() {
        // The magnitude is 800 exactly: high 800 finds no seed, high 799 does.
        assertEquals(0f, sum(Canny.detect(step(), 100, 800, 0, 3, false)));
        assertEquals(4 * 255f, sum(Canny.detect(step(), 100, 799, 0, 3, false)));
        assertThrows(IllegalArgumentException.class, () -> Canny.detect(step(), 300, 100, 0, 3, false));
    }

    @Test
    void hysteresisKeepsWeakPixelsConnectedToAStrongOne() {
        // Row: strong, weak, weak, none, weak. The chain of two weak pixels joins the strong one; the last
        // weak pixel touches nothing strong and is dropped.
        byte s = Canny.STRONG;
        byte w = Canny.WEAK;
        Image edges = Canny.hysteresis(new byte[] {s, w, w, 0, w}, 5, 1);
        assertArrayEquals(new float[] {255, 255, 255, 0, 0}, edges.data());
        // diagonal neighbours count (8-connectivity)
        Image diagonal = Canny.hysteresis(new byte[] {s, 0, 0, w}, 2, 2);
        assertArrayEquals(new float[] {255, 0, 0, 255}, diagonal.data());
    }

    private static float sum(Image img) {
        float s = 0;
        for (float v : img.data()) {
            s += v;
        }
        return s;
    }
}
