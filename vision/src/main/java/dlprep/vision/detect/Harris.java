package dlprep.vision.detect;

import dlprep.vision.color.Gray;
import dlprep.vision.filter.BorderMode;
import dlprep.vision.filter.BoxFilter;
import dlprep.vision.filter.Sobel;
import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Harris corners with OpenCV's cornerHarris definition: Sobel derivatives of size {@code ksize} scaled by
 * {@code 1 / (2^(ksize - 1) * blockSize * 255)} (for 8-bit input, so the response does not depend on the
 * kernel's weight), the structure tensor {@code M = [sum Ix^2, sum IxIy; sum IxIy, sum Iy^2]} summed over a
 * {@code blockSize x blockSize} window, and the response {@code R = det M - k (trace M)^2}: large positive
 * at corners, negative along edges, near 0 on flat regions.
 */
public final class Harris {

    /** A corner: its pixel and its response. */
    public record Corner(int x, int y, float response) {
    }

    private Harris() {
    }

    /** The response R at every pixel (float); RGB input is converted to gray first. */
    public static Image response(Image src, int blockSize, int ksize, double k, BorderMode border) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("harris: blockSize " + blockSize + " must be at least 1");
        }
        Image gray = Gray.of(src);
        double scale = (double) (1 << (ksize - 1)) * blockSize;
        if (gray.depth() == Image.Depth.U8) {
            scale *= 255;
        }
        float[] ix = Sobel.apply(gray, 1, 0, ksize, border).data();
        float[] iy = Sobel.apply(gray, 0, 1, ksize, border).data();
        int w = src.width();
        int h = src.height();
        Image xx = Image.blank(w, h, 1, Image.Depth.F32);
        Image xy = Image.blank(w, h, 1, Image.Depth.F32);
        Image yy = Image.blank(w, h, 1, Image.Depth.F32);
        for (int i = 0; i < w * h; i++) {
            float dx = (float) (ix[i] / scale);
            float dy = (float) (iy[i] / scale);
            xx.data()[i] = dx * dx;
            xy.data()[i] = dx * dy;
            yy.data()[i] = dy * dy;
        }
        float[] a = BoxFilter.apply(xx, blockSize, blockSize, false, border).data();
        float[] b = BoxFilter.apply(xy, blockSize, blockSize, false, border).data();
        float[] c = BoxFilter.apply(yy, blockSize, blockSize, false, border).data();
        Image r = Image.blank(w, h, 1, Image.Depth.F32);
        for (int i = 0; i < w * h; i++) {
            r.data()[i] = (float) (a[i] * c[i] - b[i] * b[i] - k * (a[i] + c[i]) * (a[i] + c[i]));
        }
        return r;
    }

    /**
     * The corners of a response image: pixels above {@code quality} times the largest response that are
     * the maximum of their 3x3 neighbourhood, strongest first.
     */
    public static List<Corner> corners(Image response, double quality) {
        float max = 0;
        for (float v : response.data()) {
            max = Math.max(max, v);
        }
        List<Corner> corners = new ArrayList<>();
        if (max <= 0) {
            return corners;
        }
        double threshold = quality * max;
        int w = response.width();
        int h = response.height();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = response.get(0, x, y);
                if (v > threshold && isLocalMax(response, x, y, v)) {
                    corners.add(new Corner(x, y, v));
                }
            }
        }
        corners.sort(Comparator.comparingDouble(Corner::response).reversed());
        return corners;
    }

    /** At least every neighbour, and more than the ones before it in scan order (one pixel per plateau). */
    private static boolean isLocalMax(Image r, int x, int y, float v) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < r.width() && ny < r.height()) {
                    float n = r.get(0, nx, ny);
                    boolean before = dy < 0 || dy == 0 && dx < 0;
                    if (n > v || before && n == v) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
