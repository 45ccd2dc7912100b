package dlprep.vision.descriptor;

import dlprep.vision.image.Image;

/**
 * Local binary patterns (Ojala, Pietikainen and Harwood 1996; Ojala, Pietikainen and Maenpaa, PAMI 2002)
 * on the 3x3 neighbourhood: bit {@code p} of a pixel's code is 1 when neighbour {@code p} is at least the
 * centre, the neighbours taken clockwise from the top-left one ({@code p = 0}).
 *
 * <p>The codes use the eight pixels of the 3x3 square. scikit-image's {@code local_binary_pattern(P=8,
 * R=1)} samples a circle of radius 1 instead (the diagonal neighbours bilinearly interpolated at distance 1)
 * and starts elsewhere, so its codes differ; its {@code 'nri_uniform'} method is our {@link #uniformLabel}
 * histogram (59 bins), {@code 'ror'} is {@link #rotationInvariant} and {@code 'uniform'} is {@link #riu2}.
 * Only interior pixels get a code (a border pixel lacks neighbours), so the code image is two pixels
 * narrower and shorter than the input.
 */
public final class Lbp {

    /** Neighbours 0..7 as (dx, dy), clockwise from the top-left. */
    private static final int[] DX = {-1, 0, 1, 1, 1, 0, -1, -1};
    private static final int[] DY = {-1, -1, -1, 0, 1, 1, 1, 0};

    /** 58 uniform codes for 8 neighbours ({@code P(P-1) + 2}), plus one bin for all the others. */
    public static final int UNIFORM_BINS = 59;

    private static final int[] UNIFORM_LABEL = uniformLabels();

    private Lbp() {
    }

    /** The code of the pixel at ({@code x}, {@code y}) of channel 0; the pixel must not be on the border. */
    public static int code(Image image, int x, int y) {
        if (x < 1 || y < 1 || x > image.width() - 2 || y > image.height() - 2) {
            throw new IllegalArgumentException("lbp: pixel (" + x + ", " + y + ") of a " + image.width() + "x"
                    + image.height() + " image has no full 3x3 neighbourhood; use an interior pixel");
        }
        float centre = image.get(0, x, y);
        int code = 0;
        for (int p = 0; p < 8; p++) {
            if (image.get(0, x + DX[p], y + DY[p]) >= centre) {
                code |= 1 << p;
            }
        }
        return code;
    }

    /** The code of every interior pixel of a gray image, as an 8-bit image of size (w - 2) x (h - 2). */
    public static Image codes(Image gray) {
        requireGray(gray);
        Image out = Image.blank(gray.width() - 2, gray.height() - 2, 1, Image.Depth.U8);
        for (int y = 1; y < gray.height() - 1; y++) {
            for (int x = 1; x < gray.width() - 1; x++) {
                out.set(0, x - 1, y - 1, code(gray, x, y));
            }
        }
        return out;
    }

    /** The 59-bin histogram of uniform-pattern labels over the interior pixels (counts, not normalised). */
    public static int[] uniformHistogram(Image gray) {
        requireGray(gray);
        int[] histogram = new int[UNIFORM_BINS];
        for (int y = 1; y < gray.height() - 1; y++) {
            for (int x = 1; x < gray.width() - 1; x++) {
                histogram[uniformLabel(code(gray, x, y))]++;
            }
        }
        return histogram;
    }

    /** How many times the bits change going once round the circle (0 to 8, always even). */
    public static int transitions(int code) {
        int rotated = ((code >> 1) | (code << 7)) & 0xff;
        return Integer.bitCount(code ^ rotated);
    }

    public static boolean isUniform(int code) {
        return transitions(code) <= 2;
    }

    /** 0..57 for the uniform codes in increasing order of code, 58 for every non-uniform code. */
    public static int uniformLabel(int code) {
        return UNIFORM_LABEL[code];
    }

    /** The smallest of the code's eight circular rotations (36 distinct values): a turn of the patch by 45 degrees is one rotation. */
    public static int rotationInvariant(int code) {
        int best = code;
        int rotated = code;
        for (int i = 1; i < 8; i++) {
            rotated = ((rotated >> 1) | (rotated << 7)) & 0xff;
            best = Math.min(best, rotated);
        }
        return best;
    }

    /** Rotation-invariant uniform label (Ojala 2002's riu2): the number of 1 bits if uniform, else 9; 10 classes. */
    public static int riu2(int code) {
        return isUniform(code) ? Integer.bitCount(code) : 9;
    }

    private static int[] uniformLabels() {
        int[] labels = new int[256];
        int next = 0;
        for (int code = 0; code < 256; code++) {
            labels[code] = isUniform(code) ? next++ : -1;
        }
        for (int code = 0; code < 256; code++) {
            if (labels[code] < 0) {
                labels[code] = next;
            }
        }
        return labels;
    }

    private static void requireGray(Image image) {
        if (image.channels() != 1) {
            throw new IllegalArgumentException("lbp: image has " + image.channels()
                    + " channels; LBP compares gray values, convert to gray first");
        }
        if (image.width() < 3 || image.height() < 3) {
            throw new IllegalArgumentException("lbp: image " + image.width() + "x" + image.height()
                    + " has no interior pixel; give at least 3x3");
        }
    }
}
