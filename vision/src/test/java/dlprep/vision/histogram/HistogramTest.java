package dlprep.vision.histogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void equalisationUsesOpenCvsFormula() {
        // Levels 0, 1, 2, 3 with counts 2, 4, 6, 4 (the note's example on 8 bits). The darkest level maps to
        // 0 and the scale is 255 / (16 - 2) = 18.214: level 1 -> round(4 * 18.214) = round(72.86) = 73,
        // level 2 -> round(10 * 18.214) = 182, level 3 -> round(14 * 18.214) = 255.
        Image img = Image.gray(new int[][] {{0, 0, 1, 1, 1, 1, 2, 2}, {2, 2, 2, 2, 3, 3, 3, 3}});
        Image eq = Equalization.apply(img);
        assertArrayEquals(new float[] {0, 0, 73, 73, 73, 73, 182, 182, 182, 182, 182, 182, 255, 255, 255, 255}, eq.data());
    }

    @Test
    void aOneLevelImageStaysAsItIs() {
        Image flat = Image.gray(new int[][] {{7, 7}, {7, 7}});
        assertArrayEquals(flat.data(), Equalization.apply(flat).data());
    }

    @Test
    void matchingSendsEachLevelToTheNearestReferenceCdf() {
        // The note's example (10.2): source uniform over 0..3, F = (.25, .5, .75, 1); reference shares
        // (.5, .3, .1, .1), G = (.5, .8, .9, 1). Nearest: 0 -> 0 (|.25 - .5|), 1 -> 0 (exact),
        // 2 -> 1 (|.75 - .8| = .05), 3 -> 3 (exact).
        Image source = Image.gray(new int[][] {{0, 1, 2, 3}});
        Image reference = Image.gray(new int[][] {{0, 0, 0, 0, 0, 1, 1, 1, 2, 3}});
        assertArrayEquals(new float[] {0, 0, 1, 3}, HistogramMatching.apply(source, reference).data());
    }

    @Test
    void matchingLooksPastPlateausOfTheReferenceCdf() {
        // Reference {0, 2}: G = (.5, .5, 1, ...). Source {1, 1, 2, 2}: F(1) = .5 -> 0 (first of the tie),
        // F(2) = 1 -> 2, beyond the plateau at level 1.
        Image source = Image.gray(new int[][] {{1, 1, 2, 2}});
        Image reference = Image.gray(new int[][] {{0, 2}});
        assertArrayEquals(new float[] {0, 0, 2, 2}, HistogramMatching.apply(source, reference).data());
        Image rgb = Image.blank(1, 1, 3, Image.Depth.U8);
        assertThrows(IllegalArgumentException.class, () -> HistogramMatching.apply(source, rgb));
    }

    @Test
    void cdfEndsAtOne() {
        double[] cdf = Histogram.cdf(Histogram.counts(Image.gray(new int[][] {{0, 0, 0, 255}}), 0));
        assertEquals(0.75, cdf[0], 1e-12);
        assertEquals(0.75, cdf[254], 1e-12);
        assertEquals(1.0, cdf[255], 1e-12);
    }
}
