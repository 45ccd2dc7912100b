package dlprep.vision.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.vision.image.Image;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LbpTest {

    /** The note's example (10.15): centre 6, neighbours clockwise from the top-left 6, 5, 2, 1, 7, 8, 9, 7. */
    private static final Image EXAMPLE = Image.gray(new int[][] {{6, 5, 2}, {7, 6, 1}, {9, 8, 7}});

    @Test
    void codeOfTheNoteExampleIs241() {
        // Bits 1, 0, 0, 0, 1, 1, 1, 1 for p = 0..7: 1 + 16 + 32 + 64 + 128 = 241.
        assertEquals(241, Lbp.code(EXAMPLE, 1, 1));
        assertEquals(2, Lbp.transitions(241));
        assertTrue(Lbp.isUniform(241));
    }

    @Test
    void flatRegionGivesAllOnesBecauseEqualCountsAsAtLeast() {
        Image flat = Image.gray(new int[][] {{9, 9, 9, 9}, {9, 9, 9, 9}, {9, 9, 9, 9}});
        Image codes = Lbp.codes(flat);
        assertEquals(2, codes.width());
        assertEquals(1, codes.height());
        assertEquals(255f, codes.get(0, 0, 0));
        assertEquals(255f, codes.get(0, 1, 0));
    }

    @Test
    void codesIgnoreMonotonicGrayChanges() {
        // 2 g + 10 keeps every comparison, so every code.
        int[][] rows = {{6, 5, 2}, {7, 6, 1}, {9, 8, 7}};
        int[][] brighter = new int[3][3];
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                brighter[y][x] = 2 * rows[y][x] + 10;
            }
        }
        assertEquals(241, Lbp.code(Image.gray(brighter), 1, 1));
    }

    @Test
    void thereAre58UniformCodesAndTheHistogramHas59Bins() {
        // P(P - 1) + 2 = 56 + 2 (Ojala et al. 2002).
        int uniform = 0;
        for (int code = 0; code < 256; code++) {
            if (Lbp.isUniform(code)) {
                assertEquals(uniform, Lbp.uniformLabel(code));
                uniform++;
            } else {
                assertEquals(58, Lbp.uniformLabel(code));
            }
        }
        assertEquals(58, uniform);
        assertEquals(0, Lbp.uniformLabel(0));
        assertEquals(57, Lbp.uniformLabel(255));
        // 0b01010101 changes at every step: 8 transitions, not uniform.
        assertEquals(8, Lbp.transitions(0x55));
        assertFalse(Lbp.isUniform(0x55));

        int[] histogram = Lbp.uniformHistogram(EXAMPLE);
        assertEquals(Lbp.UNIFORM_BINS, histogram.length);
        assertEquals(1, histogram[Lbp.uniformLabel(241)]);
    }

    @Test
    void rotationInvariantCodeIsTheSmallestRotationAndHas36Values() {
        // 241 = 11110001: rotations include 00011111 = 31, the smallest.
        assertEquals(31, Lbp.rotationInvariant(241));
        Set<Integer> classes = new HashSet<>();
        Set<Integer> riu2 = new HashSet<>();
        for (int code = 0; code < 256; code++) {
            classes.add(Lbp.rotationInvariant(code));
            riu2.add(Lbp.riu2(code));
        }
        // Binary necklaces of length 8: 36 (Ojala et al. 2002, "LBP^ri_8,1"); riu2 has P + 2 = 10 classes.
        assertEquals(36, classes.size());
        assertEquals(10, riu2.size());
        assertEquals(5, Lbp.riu2(241));
    }

    @Test
    void turningThePatchBy90DegreesKeepsTheRotationInvariantCode() {
        // Rotating the example clockwise by 90 degrees moves each neighbour two places round the circle.
        Image turned = Image.gray(new int[][] {{9, 7, 6}, {8, 6, 5}, {7, 1, 2}});
        int code = Lbp.code(turned, 1, 1);
        assertEquals(((241 << 2) | (241 >> 6)) & 0xff, code);
        assertEquals(Lbp.rotationInvariant(241), Lbp.rotationInvariant(code));
    }

    @Test
    void borderPixelsAndColourImagesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Lbp.code(EXAMPLE, 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lbp.codes(Image.blank(4, 4, 3, Image.Depth.U8)));
        assertTrue(e.getMessage().contains("3 channels"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lbp.codes(Image.gray(new int[][] {{1, 2}, {3, 4}})));
    }
}
