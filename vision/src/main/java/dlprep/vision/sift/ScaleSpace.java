package dlprep.vision.sift;

import dlprep.vision.filter.GaussianBlur;
import dlprep.vision.image.Image;

/**
 * Lowe's Gaussian scale space and its difference of Gaussians. Each octave holds {@code s + 3} Gaussian
 * images whose blur grows by {@code k = 2^(1/s)} from one to the next (so {@code s + 2} DoG images, and the
 * {@code s} middle ones have a neighbour scale on each side for the 3x3x3 extremum test); the next octave
 * starts from the image with blur {@code 2 sigma} (index {@code s}) keeping every second pixel, which halves
 * the size and makes its blur {@code sigma} again in the new pixels.
 */
final class ScaleSpace {

    final int octaves;
    final int intervals;
    final Image[][] gaussians;
    final Image[][] dogs;

    /**
     * @param base the first image, already blurred to {@code sigma}
     * @param intervals Lowe's s, the number of scales per doubling of sigma
     */
    ScaleSpace(Image base, int octaves, int intervals, double sigma) {
        this.octaves = octaves;
        this.intervals = intervals;
        int levels = intervals + 3;
        // Incremental blurs: blurring sigma_prev by sqrt(sigma_total^2 - sigma_prev^2) gives sigma_total.
        double[] increments = new double[levels];
        double k = Math.pow(2, 1.0 / intervals);
        for (int i = 1; i < levels; i++) {
            double previous = sigma * Math.pow(k, i - 1);
            double total = previous * k;
            increments[i] = Math.sqrt(total * total - previous * previous);
        }
        gaussians = new Image[octaves][levels];
        dogs = new Image[octaves][levels - 1];
        for (int o = 0; o < octaves; o++) {
            gaussians[o][0] = o == 0 ? base : everySecondPixel(gaussians[o - 1][intervals]);
            for (int i = 1; i < levels; i++) {
                gaussians[o][i] = GaussianBlur.apply(gaussians[o][i - 1], 0, increments[i]);
            }
            for (int i = 0; i < levels - 1; i++) {
                float[] a = gaussians[o][i].data();
                float[] b = gaussians[o][i + 1].data();
                float[] d = new float[a.length];
                for (int p = 0; p < d.length; p++) {
                    d[p] = b[p] - a[p];
                }
                dogs[o][i] = Image.of(gaussians[o][i].width(), gaussians[o][i].height(), 1, Image.Depth.F32, d);
            }
        }
    }

    private static Image everySecondPixel(Image src) {
        int w = src.width() / 2;
        int h = src.height() / 2;
        float[] out = new float[w * h];
        float[] in = src.data();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = in[2 * y * src.width() + 2 * x];
            }
        }
        return Image.of(w, h, 1, Image.Depth.F32, out);
    }
}
