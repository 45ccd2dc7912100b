package dlprep.vision.pyramid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlprep.vision.image.Image;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyramidTest {

    @Test
    void pyrDownBlursWithTheBinomialKernelAndKeepsEvenPixels() {
        // Row [0 0 16 0], reflect-101: x = 0 reads 16 0 0 0 16 -> (16 + 16) / 16 = 2;
        // x = 2 reads 0 0 16 0 16 -> (6 * 16 + 16) / 16 = 7. OpenCV 4.6 pyrDown gives [2 7].
        Image down = GaussianPyramid.down(Image.gray(new int[][] {{0, 0, 16, 0}}));
        assertArrayEquals(new float[] {2, 7}, down.data());
        assertEquals(3, GaussianPyramid.down(Image.blank(5, 5, 1, Image.Depth.U8)).width());
    }

    @Test
    void pyrUpInterpolatesTheZerosWithFourTimesTheKernel() {
        // [16 0] on the grid [16 0 0 0]: x = 0 reads 0 0 16 0 0 -> 6/8 * 16 = 12, x = 1 -> 4/8 * 16 = 8,
        // x = 2 -> 1/8 * 16 = 2, x = 3 -> 0; each row of the doubled height is the same.
        // OpenCV 4.6 pyrUp gives [[12 8 2 0], [12 8 2 0]].
        Image up = GaussianPyramid.up(Image.gray(new int[][] {{16, 0}}));
        assertEquals(4, up.width());
        assertEquals(2, up.height());
        assertArrayEquals(new float[] {12, 8, 2, 0, 12, 8, 2, 0}, up.data());
        assertThrows(IllegalArgumentException.class, () -> GaussianPyramid.up(up, 5, 4));
    }

    @Test
    void laplacianPyramidGivesTheOriginalBack() {
        Random random = new Random(5);
        Image img = Image.blank(13, 9, 1, Image.Depth.U8);
        for (int i = 0; i < img.data().length; i++) {
            img.data()[i] = random.nextInt(256);
        }
        List<Image> pyramid = LaplacianPyramid.build(img, 3);
        // 13x9 -> 7x5 -> 4x3
        assertEquals(7, pyramid.get(1).width());
        assertEquals(3, pyramid.get(2).height());
        Image back = LaplacianPyramid.reconstruct(pyramid);
        assertEquals(Image.Depth.F32, back.depth());
        assertArrayEquals(img.data(), back.data(), 1e-4f);
        assertArrayEquals(img.data(), back.toU8().data());
    }

    @Test
    void aFlatImageHasNoDetail() {
        Image flat = Image.blank(8, 8, 1, Image.Depth.F32);
        Arrays.fill(flat.data(), 100);
        List<Image> pyramid = LaplacianPyramid.build(flat, 3);
        assertArrayEquals(new float[64], pyramid.get(0).data(), 1e-5f);
        assertEquals(100f, pyramid.get(2).get(0, 1, 1), 1e-5f);
        assertThrows(IllegalArgumentException.class, () -> GaussianPyramid.build(flat, 6));
    }
}
