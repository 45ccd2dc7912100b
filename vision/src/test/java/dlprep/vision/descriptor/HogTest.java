package dlprep.vision.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class HogTest {

    @Test
    void voteSplitsMagnitudeBetweenTheTwoNearestBinCentres() {
        // The note's example: magnitude 10 at 25 degrees; centres 10 and 30 are 15 and 5 degrees away,
        // so bin 1 (30) gets 10 * 15/20 = 7.5 and bin 0 (10) gets 2.5.
        float[] histogram = new float[Hog.BINS];
        Hog.vote(histogram, 10, 25);
        assertEquals(2.5f, histogram[0], 1e-5f);
        assertEquals(7.5f, histogram[1], 1e-5f);
        // 175 degrees lies between centre 170 (bin 8) and centre 190 = 10 (bin 0): 3/4 and 1/4 of 4.
        float[] wrap = new float[Hog.BINS];
        Hog.vote(wrap, 4, 175);
        assertEquals(3f, wrap[8], 1e-5f);
        assertEquals(1f, wrap[0], 1e-5f);
    }

    @Test
    void orientationIsUnsignedSoOppositeGradientsShareABin() {
        assertEquals(45f, Hog.unsignedDegrees(1, 1), 1e-4f);
        assertEquals(45f, Hog.unsignedDegrees(-1, -1), 1e-4f);
        assertEquals(0f, Hog.unsignedDegrees(-3, 0), 1e-4f);
        assertEquals(90f, Hog.unsignedDegrees(0, -2), 1e-4f);
    }

    @Test
    void horizontalRampFillsTheTwoBinsAroundZeroDegrees() {
        // I(x, y) = 10 x on 16x16: gx = I(x+1) - I(x-1) = 20 inside, 0 on columns 0 and 15; gy = 0.
        // Angle 0 is halfway between centres 170 (bin 8) and 10 (bin 0): each gets 10 per pixel.
        // Each cell has 7 columns with a gradient times 8 rows: 56 pixels, 560 per bin.
        Image ramp = Image.blank(16, 16, 1, Image.Depth.U8);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                ramp.set(0, x, y, 10 * x);
            }
        }
        float[][][] cells = Hog.cellHistograms(ramp);
        assertEquals(2, cells.length);
        for (float[][] row : cells) {
            for (float[] cell : row) {
                assertArrayEquals(new float[] {560, 0, 0, 0, 0, 0, 0, 0, 560}, cell, 1e-3f);
            }
        }
        // One block, four equal cells with two bins each: 8 equal entries of 1/sqrt(8) = 0.354 > 0.2, clipped
        // to 0.2 and renormalised back to 1/sqrt(8).
        float[] descriptor = Hog.describe(ramp);
        assertEquals(36, descriptor.length);
        assertEquals((float) (1 / Math.sqrt(8)), descriptor[0], 1e-5f);
        assertEquals((float) (1 / Math.sqrt(8)), descriptor[8], 1e-5f);
        assertEquals(0f, descriptor[4], 0f);
    }

    @Test
    void l2HysClipsLargeComponentsAndRenormalises() {
        // (3, 4) -> (0.6, 0.8) -> clipped (0.2, 0.2) -> (1/sqrt 2, 1/sqrt 2).
        float[] block = new float[36];
        block[0] = 3;
        block[1] = 4;
        Hog.l2Hys(block);
        assertEquals(0.70711f, block[0], 1e-4f);
        assertEquals(0.70711f, block[1], 1e-4f);
    }

    @Test
    void dalalTriggsWindowGives3780Values() {
        // 64x128: 8x16 cells, 7x15 blocks of 36 values = 3780 (Dalal and Triggs 2005).
        assertEquals(3780, Hog.describe(Image.blank(64, 128, 1, Image.Depth.F32)).length);
    }

    @Test
    void descriptorIgnoresAGlobalContrastScale() {
        Image a = Image.blank(24, 24, 1, Image.Depth.F32);
        Image b = Image.blank(24, 24, 1, Image.Depth.F32);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 24; x++) {
                float v = (float) (50 + 40 * Math.sin(x * 0.7) * Math.cos(y * 0.3));
                a.set(0, x, y, v);
                b.set(0, x, y, 3 * v);
            }
        }
        assertArrayEquals(Hog.describe(a), Hog.describe(b), 1e-5f);
    }

    @Test
    void colourImagesUseTheStrongestChannel() {
        // Red has a horizontal ramp of step 2, green a vertical ramp of step 10: green wins, so every vote is
        // at 90 degrees, bin 4's centre, and goes to bin 4 whole.
        Image rgb = Image.blank(16, 16, 3, Image.Depth.U8);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                rgb.set(0, x, y, 2 * x);
                rgb.set(1, x, y, 10 * y);
            }
        }
        float[] cell = Hog.cellHistograms(rgb)[0][0];
        // Rows 1..7 of cell (0, 0) have gy = 20 (7 rows x 8 columns = 56 pixels, all to bin 4).
        assertEquals(56 * 20f, cell[4], 1e-3f);
    }

    @Test
    void renderDrawsALinePerCellAlongTheEdge() {
        // A vertical step edge has horizontal gradients (bins 0 and 8), drawn as vertical lines.
        Image step = Image.blank(16, 16, 1, Image.Depth.U8);
        for (int y = 0; y < 16; y++) {
            for (int x = 8; x < 16; x++) {
                step.set(0, x, y, 200);
            }
        }
        Image picture = Hog.render(Hog.cellHistograms(step));
        assertEquals(16, picture.width());
        assertTrue(picture.get(0, 4, 1) > 0 || picture.get(0, 3, 1) > 0, "a vertical line through cell (0, 0)");
        assertEquals(0f, picture.get(0, 0, 4), "nothing at the left end of the cell's middle row");
    }

    @Test
    void tooSmallImageIsRejectedWithTheSizeNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hog.describe(Image.blank(15, 40, 1, Image.Depth.U8)));
        assertTrue(e.getMessage().contains("15x40") && e.getMessage().contains("16x16"), e.getMessage());
    }
}
