package dlprep.vision.filter;

import dlprep.vision.image.Image;

/** What is made of derivative images: the gradient magnitude, and OpenCV's convertScaleAbs for display. */
public final class Gradients {

    private Gradients() {
    }

    /** The Euclidean gradient magnitude {@code sqrt(gx^2 + gy^2)} per sample (OpenCV's magnitude). */
    public static Image magnitude(Image gx, Image gy) {
        checkSameShape(gx, gy);
        Image out = Image.blank(gx.width(), gx.height(), gx.channels(), Image.Depth.F32);
        float[] a = gx.data();
        float[] b = gy.data();
        float[] m = out.data();
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) Math.sqrt(a[i] * a[i] + b[i] * b[i]);
        }
        return out;
    }

    /** The L1 magnitude {@code |gx| + |gy|}, the cheaper one OpenCV's Canny uses by default. */
    public static Image l1Magnitude(Image gx, Image gy) {
        checkSameShape(gx, gy);
        Image out = Image.blank(gx.width(), gx.height(), gx.channels(), Image.Depth.F32);
        for (int i = 0; i < out.data().length; i++) {
            out.data()[i] = Math.abs(gx.data()[i]) + Math.abs(gy.data()[i]);
        }
        return out;
    }

    /** {@code |v|} rounded and saturated to 8 bits (OpenCV's convertScaleAbs), how signed results are shown. */
    public static Image absU8(Image signed) {
        Image out = Image.blank(signed.width(), signed.height(), signed.channels(), Image.Depth.U8);
        for (int i = 0; i < out.data().length; i++) {
            out.data()[i] = Image.saturate(Math.abs(signed.data()[i]));
        }
        return out;
    }

    private static void checkSameShape(Image a, Image b) {
        if (a.width() != b.width() || a.height() != b.height() || a.channels() != b.channels()) {
            throw new IllegalArgumentException("gradient: gx is " + a + " but gy is " + b + "; they must match");
        }
    }
}
