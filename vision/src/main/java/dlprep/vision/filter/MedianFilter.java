package dlprep.vision.filter;

import dlprep.vision.image.Image;
import java.util.Arrays;

/**
 * The median filter (OpenCV's medianBlur): each pixel becomes the median of its {@code ksize x ksize}
 * window, which removes salt-and-pepper noise that a mean would only spread. OpenCV's medianBlur always
 * reads outside the image by {@link BorderMode#REPLICATE}, so that is the default here too.
 */
public final class MedianFilter {

    private MedianFilter() {
    }

    public static Image apply(Image src, int ksize) {
        return apply(src, ksize, BorderMode.REPLICATE);
    }

    public static Image apply(Image src, int ksize, BorderMode border) {
        if (ksize < 1 || ksize % 2 == 0) {
            throw new IllegalArgumentException("median: ksize " + ksize + " must be odd and positive (3, 5, 7, ...)");
        }
        int w = src.width();
        int h = src.height();
        int r = ksize / 2;
        int pw = w + 2 * r;
        Image out = src.blankLike();
        float[] dst = out.data();
        float[] window = new float[ksize * ksize];
        for (int c = 0; c < src.channels(); c++) {
            float[] p = border.pad(src.data(), c * w * h, w, h, r, r, r, r, 0);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int n = 0;
                    for (int j = 0; j < ksize; j++) {
                        int row = (y + j) * pw + x;
                        for (int i = 0; i < ksize; i++) {
                            window[n++] = p[row + i];
                        }
                    }
                    Arrays.sort(window);
                    dst[c * w * h + y * w + x] = window[window.length / 2];
                }
            }
        }
        return out;
    }
}
