package dlprep.vision.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class SmoothingTest {

    @Test
    void smallGaussianKernelsAreOpenCvsFixedBinomialOnes() {
        // OpenCV's small_gaussian_tab (getGaussianKernel, sigma <= 0): [1 2 1]/4, [1 4 6 4 1]/16, [2 7 14 18 14 7 2]/64.
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.25f}, GaussianKernel.of(3, 0));
        assertArrayEquals(new float[] {1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f}, GaussianKernel.of(5, 0));
        assertArrayEquals(new float[] {0.03125f, 0.109375f, 0.21875f, 0.28125f, 0.21875f, 0.109375f, 0.03125f},
                GaussianKernel.of(7, -1));
    }

    @Test
    void sampledGaussianKernelIsNormalisedExponential() {
        // sigma 1, 3 taps: exp(-1/2) = 0.606531, sum 2.213061: [0.274068, 0.451863, 0.274068].
        assertArrayEquals(new float[] {0.274068f, 0.451863f, 0.274068f}, GaussianKernel.of(3, 1), 1e-6f);
        // ksize 9 with no sigma: sigma = 0.3 * (4 - 1) + 0.8 = 1.7.
        assertEquals(1.7, GaussianKernel.sigmaFor(9), 1e-12);
        float[] k9 = GaussianKernel.of(9, 0);
        assertArrayEquals(GaussianKernel.of(9, 1.7), k9);
        assertThrows(IllegalArgumentException.class, () -> GaussianKernel.of(4, 1));
    }

    @Test
    void eightBitKernelIsInWhole256thsWithTheCentreTakingTheRest() {
        // ksize 7, sigma 1.5: 256 * weights = 9.378, 28.488, 55.487, 69.295, ...; error diffusion from the ends:
        // 9 (carry .378), 28.866 -> 29 (carry -.134), 55.353 -> 55; centre 256 - 2 * (9 + 29 + 55) = 70.
        // OpenCV 4.6's GaussianBlur on 8 bits uses [9 29 55 70 55 29 9] / 256 (checked with tools/compare_opencv.py).
        float[] k = GaussianKernel.fixedPoint(7, 1.5);
        float[] expected = {9, 29, 55, 70, 55, 29, 9};
        for (int i = 0; i < 7; i++) {
            expected[i] /= 256;
        }
        assertArrayEquals(expected, k);
        // The fixed small kernels are whole 256ths already: [1 4 6 4 1] / 16 = [16 64 96 64 16] / 256.
        assertArrayEquals(GaussianKernel.of(5, 0), GaussianKernel.fixedPoint(5, 0));
    }

    @Test
    void kernelSizeFromSigmaCoversThreeSigmasFor8BitAndFourForFloat() {
        // round(1 * 3 * 2 + 1) | 1 = 7; round(1 * 4 * 2 + 1) | 1 = 9; round(1.5 * 6 + 1) = 10, | 1 = 11.
        assertEquals(7, GaussianKernel.sizeFor(1, Image.Depth.U8));
        assertEquals(9, GaussianKernel.sizeFor(1, Image.Depth.F32));
        assertEquals(11, GaussianKernel.sizeFor(1.5, Image.Depth.U8));
    }

    @Test
    void gaussianBlurOfAnImpulseIsTheKernelAndKeeps8Bits() {
        // A 160 impulse in a 5x5 zero image under [1 2 1]/4 x [1 2 1]/4: centre 160/4 = 40,
        // edge neighbours 160/8 = 20, corners 160/16 = 10.
        int[][] rows = new int[5][5];
        rows[2][2] = 160;
        Image out = GaussianBlur.apply(Image.gray(rows), 3, 0);
        assertEquals(Image.Depth.U8, out.depth());
        assertEquals(40f, out.get(0, 2, 2));
        assertEquals(20f, out.get(0, 1, 2));
        assertEquals(10f, out.get(0, 1, 1));
        assertEquals(0f, out.get(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> GaussianBlur.apply(Image.gray(rows), 0, 0));
    }

    @Test
    void boxBlurIsTheWindowMeanRoundedTo8Bits() {
        // Centre of [[1,2,3],[4,5,6],[7,8,9]]: 45 / 9 = 5. Corner (0,0) with reflect-101: 33 / 9 = 3.67 -> 4.
        Image img = Image.gray(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Image mean = BoxFilter.blur(img, 3);
        assertEquals(5f, mean.get(0, 1, 1));
        assertEquals(4f, mean.get(0, 0, 0));
        Image sum = BoxFilter.apply(img, 3, 3, false, BorderMode.CONSTANT);
        assertEquals(Image.Depth.F32, sum.depth());
        assertEquals(12f, sum.get(0, 0, 0));
    }

    @Test
    void medianRemovesAnImpulseThatTheMeanSpreads() {
        // The window [10 12 11 / 255 10 13 / 12 11 10] sorts to 10 10 10 11 11 12 12 13 255: median 11,
        // while its mean is 344 / 9 = 38.2.
        Image img = Image.gray(new int[][] {{10, 12, 11}, {255, 10, 13}, {12, 11, 10}});
        assertEquals(11f, MedianFilter.apply(img, 3).get(0, 1, 1));
        assertEquals(38f, BoxFilter.blur(img, 3).get(0, 1, 1));
        // Corner (0,0) with replicate: window 10 10 12 / 10 10 12 / 255 255 10 -> sorted 10 10 10 10 10 12 12 255 255: 10.
        assertEquals(10f, MedianFilter.apply(img, 3).get(0, 0, 0));
    }

    @Test
    void median5x5OfA5x5ImageIsItsMiddleValue() {
        // Values 0..24, the centre window is the whole image: median 12.
        int[][] rows = new int[5][5];
        for (int i = 0; i < 25; i++) {
            rows[i / 5][i % 5] = i;
        }
        assertEquals(12f, MedianFilter.apply(Image.gray(rows), 5).get(0, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> MedianFilter.apply(Image.gray(rows), 4));
    }
}
