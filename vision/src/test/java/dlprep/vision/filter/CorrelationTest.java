package dlprep.vision.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlprep.vision.image.Image;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final Image THREE = Image.gray(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});

    static Image randomImage(int w, int h, int channels, long seed) {
        Random random = new Random(seed);
        Image img = Image.blank(w, h, channels, Image.Depth.F32);
        for (int i = 0; i < img.data().length; i++) {
            img.data()[i] = random.nextInt(256);
        }
        return img;
    }

    @Test
    void correlationDoesNotFlipTheKernel() {
        // The kernel [1, 0, 0] picks the left neighbour: out(1, 1) = in(0, 1) = 4 (a convolution would give 6).
        Kernel left = Kernel.of(new float[][] {{1, 0, 0}});
        assertEquals(4f, Correlation.apply(THREE, left, BorderMode.DEFAULT).get(0, 1, 1));
    }

    @Test
    void cornerPixelReadsTheBorderModeItIsGiven() {
        // The sum of the 3x3 window around (0, 0) of [[1,2,3],[4,5,6],[7,8,9]]:
        // constant 0: 1+2+4+5 = 12; replicate: rows (1,1,2),(1,1,2),(4,4,5) = 21;
        // reflect-101 mirrors about the edge: rows (5,4,5),(2,1,2),(5,4,5) = 33; wrap: rows (9,7,8),(3,1,2),(6,4,5) = 45.
        Kernel ones = Kernel.of(new float[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        assertEquals(12f, Correlation.apply(THREE, ones, BorderMode.CONSTANT).get(0, 0, 0));
        assertEquals(21f, Correlation.apply(THREE, ones, BorderMode.REPLICATE).get(0, 0, 0));
        assertEquals(33f, Correlation.apply(THREE, ones, BorderMode.REFLECT_101).get(0, 0, 0));
        assertEquals(45f, Correlation.apply(THREE, ones, BorderMode.WRAP).get(0, 0, 0));
        // A constant border of 10 adds the five outside taps: 12 + 50.
        assertEquals(62f, Correlation.apply(THREE, ones, BorderMode.CONSTANT, 10).get(0, 0, 0));
    }

    @Test
    void paddedKernelEqualsThePlainDefinitionForEveryBorder() {
        Image img = randomImage(7, 5, 3, 1);
        Image noise = randomImage(5, 3, 1, 2);
        Kernel k = Kernel.of(new float[][] {
            {noise.get(0, 0, 0), noise.get(0, 1, 0), noise.get(0, 2, 0), noise.get(0, 3, 0), noise.get(0, 4, 0)},
            {noise.get(0, 0, 1), noise.get(0, 1, 1), noise.get(0, 2, 1), noise.get(0, 3, 1), noise.get(0, 4, 1)},
            {noise.get(0, 0, 2), noise.get(0, 1, 2), noise.get(0, 2, 2), noise.get(0, 3, 2), noise.get(0, 4, 2)}});
        for (BorderMode mode : BorderMode.values()) {
            assertArrayEquals(Correlation.reference(img, k, mode, 7).data(), Correlation.apply(img, k, mode, 7).data(),
                    1e-2f, mode.name());
        }
    }

    @Test
    void separablePassesEqualTheOuterProductKernel() {
        // A 2-pixel-high image under a 5-tap column kernel: the border is read several pixels deep.
        Image img = randomImage(6, 2, 1, 3);
        float[] kx = {1, -2, 0.5f};
        float[] ky = {0.1f, 0.2f, 0.4f, 0.2f, 0.1f};
        for (BorderMode mode : BorderMode.values()) {
            Image twoD = Correlation.reference(img, Kernel.outer(ky, kx), mode, 3);
            assertArrayEquals(twoD.data(), SeparableFilter.apply(img, kx, ky, mode, 3).data(), 1e-3f, mode.name());
        }
    }
}
