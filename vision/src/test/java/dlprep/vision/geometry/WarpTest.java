package dlprep.vision.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.vision.filter.BorderMode;
import dlprep.vision.geometry.Warp.Interpolation;
import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class WarpTest {

    private static final Image SMALL = Image.gray(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});

    @Test
    void integerTranslationMovesPixelsAndFillsWithTheBorderValue() {
        // dst(x, y) = src(x - 1, y - 1); the first row and column come from outside: the constant 0.
        float[] expected = {0, 0, 0, 0, 1, 2, 0, 4, 5};
        for (Interpolation interpolation : Interpolation.values()) {
            Image out = Warp.warp(SMALL, Transform2d.translation(1, 1), 3, 3, interpolation);
            assertArrayEquals(expected, out.data(), interpolation.name());
        }
        // The same shift with a replicated border repeats row 0 and column 0 instead.
        Image replicated = Warp.warpAffine(SMALL, Transform2d.translation(1, 1), 3, 3, Interpolation.NEAREST,
                BorderMode.REPLICATE, 0);
        assertArrayEquals(new float[] {1, 1, 2, 1, 1, 2, 4, 4, 5}, replicated.data());
    }

    @Test
    void halfPixelShiftAveragesAndRoundsHalfUpLikeOpenCv() {
        // Shift right by 0.5: dst(1) reads x = 0.5, fraction 16/32, weights 16*32*32 = 16384 each out of
        // 2^15: (16384 * (10 + 21) + 2^14) >> 15 = 16 (15.5 rounded up).
        Image row = Image.gray(new int[][] {{10, 21, 21}});
        Image out = Warp.warp(row, Transform2d.translation(0.5, 0), 3, 1, Interpolation.BILINEAR,
                BorderMode.REPLICATE, 0);
        assertEquals(16f, out.get(0, 1, 0));
        assertEquals(10f, out.get(0, 0, 0), "x = -0.5 blends the replicated 10 with 10");
    }

    @Test
    void bilinearPositionIsRoundedToOneThirtySecondOfAPixel() {
        // Shift right by 1/3 over a 0 -> 255 step: the exact value at x - 1/3 is 255 * 2/3 = 170. OpenCV's
        // fixed point: X0 = rint(-1024/3) + 16 = -325, X = (1024 x - 325) >> 5 = 32 x - 11, so the fraction is
        // 21/32 (not 21.33/32) and the value (21 * 1024 * 255 + 2^14) >> 15 = 167.
        Image step = Image.gray(new int[][] {{0, 255, 255}});
        Image out = Warp.warp(step, Transform2d.translation(1.0 / 3, 0), 3, 1, Interpolation.BILINEAR,
                BorderMode.REPLICATE, 0);
        assertEquals(167f, out.get(0, 1, 0));
    }

    @Test
    void quarterTurnWithNearestSamplingPermutesThePixels() {
        // getRotationMatrix2D((1, 1), 90, 1) turns the picture counter-clockwise: the right column goes on top.
        Image out = Warp.warp(SMALL, Transform2d.rotationAbout(1, 1, 90, 1), 3, 3, Interpolation.NEAREST);
        assertArrayEquals(new float[] {3, 6, 9, 2, 5, 8, 1, 4, 7}, out.data());
    }

    @Test
    void perspectiveWarpDividesByW() {
        // H = diag(1, 1, 2) halves every coordinate, so dst(x, y) = src(2x, 2y).
        Image big = Image.gray(new int[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
        Image out = Warp.warp(big, Transform2d.perspective(1, 0, 0, 0, 1, 0, 0, 0, 2), 2, 2, Interpolation.NEAREST);
        assertArrayEquals(new float[] {1, 3, 9, 11}, out.data());
    }

    @Test
    void floatImagesUseFloatWeights() {
        Image row = Image.of(2, 1, 1, Image.Depth.F32, new float[] {0, 1});
        Image out = Warp.warp(row, Transform2d.translation(-0.25, 0), 2, 1, Interpolation.BILINEAR,
                BorderMode.REPLICATE, 0);
        assertEquals(0.25f, out.get(0, 0, 0), 1e-6f);
    }

    @Test
    void badTransformsAndSizesAreRefused() {
        IllegalArgumentException singular = assertThrows(IllegalArgumentException.class,
                () -> Warp.warp(SMALL, Transform2d.affine(1, 2, 0, 2, 4, 0), 3, 3, Interpolation.BILINEAR));
        assertTrue(singular.getMessage().contains("singular"), singular.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Warp.warpAffine(SMALL,
                Transform2d.perspective(1, 0, 0, 0, 1, 0, 0.1, 0, 1), 3, 3, Interpolation.NEAREST, BorderMode.CONSTANT, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Warp.warp(SMALL, Transform2d.identity(), 0, 3, Interpolation.NEAREST));
    }
}
