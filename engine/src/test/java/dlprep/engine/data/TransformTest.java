package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransformTest {

    @Test
    void resizeUpscales2x2To4x4WithHalfPixelCentres() {
        // By hand: scale = 2/4 = 0.5, so output index i samples the input at max(0, 0.5 (i + 0.5) - 0.5) =
        // 0, 0.25, 0.75, 1.25 -> (clamped to the last pixel) 1. Along a row [1, 2]: 1, 1.25, 1.75, 2; the rows
        // mix [1, 2] and [3, 4] with the same weights. PyTorch's nn.Upsample documentation shows the same
        // numbers for this input with mode='bilinear', align_corners=False.
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Tensor y = new Resize(4, 4).apply(x);
        assertArrayEquals(new int[] {1, 4, 4}, y.shape());
        assertArrayEquals(new float[] {
                1.00f, 1.25f, 1.75f, 2.00f,
                1.50f, 1.75f, 2.25f, 2.50f,
                2.50f, 2.75f, 3.25f, 3.50f,
                3.00f, 3.25f, 3.75f, 4.00f}, y.toArray(), 1e-6f);
    }

    @Test
    void resizeDownscale4x4To2x2AveragesEachQuadrant() {
        // scale = 2: output i samples 2 (i + 0.5) - 0.5 = 0.5, 2.5, halfway between two pixels in each axis,
        // so each output is the mean of a 2x2 block of arange(16): (0+1+4+5)/4 = 2.5, and so on.
        Tensor x = Tensor.arange(16).reshape(4, 4);
        assertArrayEquals(new float[] {2.5f, 4.5f, 10.5f, 12.5f}, new Resize(2, 2).apply(x).toArray(), 1e-6f);
    }

    @Test
    void resizeToTheSameSizeIsTheIdentity() {
        Tensor x = Tensor.rand(new Generator(1), 3, 5, 7);
        Tensor y = new Resize(5, 7).apply(x);
        assertArrayEquals(x.shape(), y.shape());
        assertArrayEquals(x.toArray(), y.toArray());
    }

    @Test
    void resizeKeepsTheRankOfAnImageWithoutChannels() {
        assertArrayEquals(new int[] {3, 6}, new Resize(3, 6).apply(Tensor.ones(2, 2)).shape());
    }

    @Test
    void normalizeStandardisesEachChannel() {
        Tensor x = Tensor.of(new float[] {1, 3, 10, 30}, 2, 1, 2);
        Tensor y = new Normalize(new float[] {1, 10}, new float[] {2, 20}).apply(x);
        assertArrayEquals(new float[] {0, 1, 0, 1}, y.toArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Normalize(new float[] {0, 0, 0}, new float[] {1, 1, 1}).apply(x));
        assertTrue(e.getMessage().contains("3 means and stds for an image with 2 channels"), e.getMessage());
    }

    @Test
    void randomHorizontalFlipMirrorsRowsWithProbabilityP() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 1, 2, 3);
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4}, new RandomHorizontalFlip(1).apply(x, new Generator(0)).toArray());
        assertSame(x, new RandomHorizontalFlip(0).apply(x, new Generator(0)));
        Generator g = new Generator(7);
        int flips = 0;
        for (int i = 0; i < 1000; i++) {
            flips += new RandomHorizontalFlip(0.3).apply(x, g) != x ? 1 : 0;
        }
        assertEquals(300, flips, 50); // binomial(1000, 0.3): sd about 14.5
    }

    @Test
    void randomCropCutsEveryWindowOfThePaddedImage() {
        // The 2x2 image [[1, 2], [3, 4]] padded by 1 is 4x4 with a zero border; a 2x2 crop starts at one of
        // 3 x 3 places, listed here row by row of the padded image.
        Set<List<Float>> windows = Set.of(
                List.of(0f, 0f, 0f, 1f), List.of(0f, 0f, 1f, 2f), List.of(0f, 0f, 2f, 0f),
                List.of(0f, 1f, 0f, 3f), List.of(1f, 2f, 3f, 4f), List.of(2f, 0f, 4f, 0f),
                List.of(0f, 3f, 0f, 0f), List.of(3f, 4f, 0f, 0f), List.of(4f, 0f, 0f, 0f));
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Generator g = new Generator(3);
        Set<List<Float>> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) { // each window is missed by 200 draws with probability (8/9)^200 < 1e-10
            float[] y = new RandomCrop(2, 1).apply(x, g).toArray();
            List<Float> w = List.of(y[0], y[1], y[2], y[3]);
            assertTrue(windows.contains(w), "not a window of the padded image: " + w);
            seen.add(w);
        }
        assertEquals(windows, seen);
        assertArrayEquals(new float[] {1, 2, 3, 4}, new RandomCrop(2, 0).apply(x, g).toArray());
    }

    @Test
    void randomCropIsTheSameForTheSameSeed() {
        Tensor x = Tensor.rand(new Generator(1), 3, 8, 8);
        Tensor a = new RandomCrop(6, 2).apply(x, new Generator(99));
        Tensor b = new RandomCrop(6, 2).apply(x, new Generator(99));
        assertArrayEquals(new int[] {3, 6, 6}, a.shape());
        assertArrayEquals(a.toArray(), b.toArray());
    }

    @Test
    void randomCropLargerThanThePaddedImageFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RandomCrop(5, 1).apply(Tensor.ones(1, 2, 2), new Generator(0)));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
    }

    @Test
    void composeAppliesTransformsInOrder() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Transform t = new Compose(new Resize(4, 4), new Normalize(new float[] {1}, new float[] {2}));
        float[] y = t.apply(x).toArray();
        assertEquals(0f, y[0]);          // (1 - 1) / 2
        assertEquals(1.5f, y[15], 1e-6f); // (4 - 1) / 2
    }

    @Test
    void transformsRejectTensorsThatAreNotImages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Resize(2, 2).apply(Tensor.ones(1, 1, 2, 2)));
        assertTrue(e.getMessage().startsWith("Resize: expected an image [C, H, W] or [H, W], got shape [1, 1, 2, 2]"),
                e.getMessage());
    }
}
