package dlprep.vision.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class DerivativesTest {

    /** The note's vertical step (10.5): two columns of 10, one of 50. */
    private static final Image STEP = Image.gray(new int[][] {{10, 10, 50}, {10, 10, 50}, {10, 10, 50}});

    @Test
    void sobelKernelsAreBinomialSmoothingTimesDifferences() {
        // OpenCV's getDerivKernels: [1 2 1], [-1 0 1], [1 -2 1]; size 5: [1 3 3 1] * [-1 1] = [-1 -2 0 2 1],
        // [1 2 1] * [1 -2 1] = [1 0 -2 0 1]; size 1 drops the smoothing, the derivative keeps 3 taps.
        assertArrayEquals(new float[] {1, 2, 1}, Sobel.kernel(0, 3));
        assertArrayEquals(new float[] {-1, 0, 1}, Sobel.kernel(1, 3));
        assertArrayEquals(new float[] {1, -2, 1}, Sobel.kernel(2, 3));
        assertArrayEquals(new float[] {-1, -2, 0, 2, 1}, Sobel.kernel(1, 5));
        assertArrayEquals(new float[] {1, 0, -2, 0, 1}, Sobel.kernel(2, 5));
        assertArrayEquals(new float[] {1}, Sobel.kernel(0, 1));
        assertArrayEquals(new float[] {-1, 0, 1}, Sobel.kernel(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Sobel.kernel(3, 3));
        assertThrows(IllegalArgumentException.class, () -> Sobel.apply(STEP, 0, 0, 3));
    }

    @Test
    void firstDerivativesOfAStepDifferOnlyInTheirSmoothing() {
        // At the centre: Sobel (50-10)(1+2+1) = 160, Prewitt (50-10)(1+1+1) = 120, Scharr (50-10)(3+10+3) = 640,
        // Sobel ksize 1 (no smoothing) 50-10 = 40; the step is vertical, so every d/dy is 0.
        assertEquals(160f, Sobel.apply(STEP, 1, 0, 3).get(0, 1, 1));
        assertEquals(0f, Sobel.apply(STEP, 0, 1, 3).get(0, 1, 1));
        assertEquals(120f, Prewitt.apply(STEP, 1, 0).get(0, 1, 1));
        assertEquals(640f, Scharr.apply(STEP, 1, 0).get(0, 1, 1));
        assertEquals(40f, Sobel.apply(STEP, 1, 0, 1).get(0, 1, 1));
        assertEquals(0f, Scharr.apply(STEP, 0, 1).get(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Scharr.apply(STEP, 1, 1));
    }

    @Test
    void sobelOfABrighteningRampIsPositiveAndBordersAreReflected() {
        // Row [0 10 20 30]: centre d/dx = (20 - 0) * 4 = 80; at x = 0 reflect-101 reads 10 on both sides: 0;
        // replicate reads 0 on the left: (10 - 0) * 4 = 40.
        Image ramp = Image.gray(new int[][] {{0, 10, 20, 30}, {0, 10, 20, 30}, {0, 10, 20, 30}});
        assertEquals(80f, Sobel.apply(ramp, 1, 0, 3).get(0, 1, 1));
        assertEquals(0f, Sobel.apply(ramp, 1, 0, 3).get(0, 0, 1));
        assertEquals(40f, Sobel.apply(ramp, 1, 0, 3, BorderMode.REPLICATE).get(0, 0, 1));
    }

    @Test
    void laplacianCrossesZeroAtAStep() {
        // The note's (10.6) row [10 10 10 50 50 50]: second differences 0, 40, -40, 0 around the step
        // (a one-row image has no vertical change under reflect-101).
        Image row = Image.gray(new int[][] {{10, 10, 10, 50, 50, 50}});
        Image lap = Laplacian.apply(row, 1);
        assertArrayEquals(new float[] {0, 0, 40, -40, 0, 0}, lap.data());
    }

    @Test
    void laplacianOfSize3IsTheSumOfTheSobelSecondDerivatives() {
        // [2 0 2; 0 -8 0; 2 0 2] = [1 2 1]^T[1 -2 1] + [1 -2 1]^T[1 2 1]; on an impulse of 10 the response is
        // the kernel times 10.
        int[][] rows = new int[5][5];
        rows[2][2] = 10;
        Image impulse = Image.gray(rows);
        Image lap = Laplacian.apply(impulse, 3);
        assertEquals(-80f, lap.get(0, 2, 2));
        assertEquals(20f, lap.get(0, 1, 1));
        assertEquals(0f, lap.get(0, 2, 1));
        Image random = CorrelationTest.randomImage(6, 5, 1, 4);
        float[] dxx = Sobel.apply(random, 2, 0, 3).data();
        float[] dyy = Sobel.apply(random, 0, 2, 3).data();
        float[] sum = new float[dxx.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = dxx[i] + dyy[i];
        }
        assertArrayEquals(sum, Laplacian.apply(random, 3).data(), 1e-3f);
        assertThrows(IllegalArgumentException.class, () -> Laplacian.apply(random, 2));
    }

    @Test
    void magnitudeAndDisplayOfSignedResults() {
        Image gx = Image.of(3, 1, 1, Image.Depth.F32, new float[] {3, -300, -2.5f});
        Image gy = Image.of(3, 1, 1, Image.Depth.F32, new float[] {4, 0, 0});
        assertArrayEquals(new float[] {5, 300, 2.5f}, Gradients.magnitude(gx, gy).data());
        assertArrayEquals(new float[] {7, 300, 2.5f}, Gradients.l1Magnitude(gx, gy).data());
        // convertScaleAbs: |v| rounded half to even and saturated: 3, 255, 2.
        assertArrayEquals(new float[] {3, 255, 2}, Gradients.absU8(gx).data());
    }
}
