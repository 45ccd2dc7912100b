package dlprep.vision.pyramid;

import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * The Laplacian pyramid (Burt and Adelson, 1983): level {@code i} is the Gaussian level {@code G_i} minus
 * the next level expanded back, {@code L_i = G_i - up(G_{i+1})}, a band of detail; the last level is the
 * smallest Gaussian level itself. Built in float, so {@link #reconstruct} gives the original back up to
 * float rounding (exactly after rounding to 8 bits).
 */
public final class LaplacianPyramid {

    private LaplacianPyramid() {
    }

    /** {@code levels} float images, the finest first. */
    public static List<Image> build(Image src, int levels) {
        List<Image> gaussian = GaussianPyramid.build(src.toF32(), levels);
        List<Image> laplacian = new ArrayList<>();
        for (int i = 0; i < levels - 1; i++) {
            Image g = gaussian.get(i);
            laplacian.add(subtract(g, GaussianPyramid.up(gaussian.get(i + 1), g.width(), g.height())));
        }
        laplacian.add(gaussian.get(levels - 1));
        return laplacian;
    }

    /** The image the pyramid was built from: from the top, expand and add each level's detail. */
    public static Image reconstruct(List<Image> pyramid) {
        Image image = pyramid.get(pyramid.size() - 1);
        for (int i = pyramid.size() - 2; i >= 0; i--) {
            Image detail = pyramid.get(i);
            Image expanded = GaussianPyramid.up(image, detail.width(), detail.height());
            float[] sum = expanded.data();
            for (int k = 0; k < sum.length; k++) {
                sum[k] += detail.data()[k];
            }
            image = expanded;
        }
        return image;
    }

    private static Image subtract(Image a, Image b) {
        Image out = a.copy();
        for (int k = 0; k < out.data().length; k++) {
            out.data()[k] -= b.data()[k];
        }
        return out;
    }
}
