package dlprep.vision.image;

import java.util.Random;

/**
 * A generated RGB test image with something for every operation: smooth gradients (histogram and
 * colour ops), filled shapes with straight, curved and slanted edges and corners (edge and corner
 * detectors), block letters (fine text-like edges), a checkerboard (pyramid aliasing), a patch of Gaussian
 * noise and a patch of salt-and-pepper noise (the smoothing filters). The same size and seed give the
 * same pixels on every machine.
 */
public final class TestImage {

    /** The block letters drawn, and their 5x7 glyphs: one string of 35 cells per letter, row by row. */
    private static final String TEXT = "DL PREP";
    private static final String GLYPHS = "DLPRE";
    private static final String[] GLYPH_CELLS = {
        "11110" + "10001" + "10001" + "10001" + "10001" + "10001" + "11110",
        "10000" + "10000" + "10000" + "10000" + "10000" + "10000" + "11111",
        "11110" + "10001" + "10001" + "11110" + "10000" + "10000" + "10000",
        "11110" + "10001" + "10001" + "11110" + "10100" + "10010" + "10001",
        "11111" + "10000" + "10000" + "11110" + "10000" + "10000" + "11111",
    };

    private TestImage() {
    }

    /** The test image of {@code width x height} (at least 64x48), its noise drawn from {@code seed}. */
    public static Image generate(int width, int height, long seed) {
        if (width < 64 || height < 48) {
            throw new IllegalArgumentException("test image: " + width + "x" + height + " is too small; at least 64x48");
        }
        Image img = Image.blank(width, height, 3, Image.Depth.U8);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // a dim diagonal colour gradient as the background: dark lower left, lighter upper right
                double u = (double) x / (width - 1);
                double v = (double) y / (height - 1);
                set(img, x, y, 40 + 90 * u, 50 + 60 * (1 - v), 90 + 50 * v * (1 - u));
            }
        }
        int s = Math.min(width, height);
        // a bright orange disc (curved edges) and a dark blue rectangle (straight edges, four corners)
        fillDisc(img, width * 0.22, height * 0.32, s * 0.17, 240, 150, 40);
        fillRect(img, (int) (width * 0.45), (int) (height * 0.12), (int) (width * 0.68), (int) (height * 0.45), 20, 40, 140);
        // a green triangle (slanted edges)
        fillTriangle(img, width * 0.74, height * 0.55, width * 0.96, height * 0.55, width * 0.85, height * 0.93, 60, 190, 90);
        // a checkerboard of 4-pixel squares
        int cx = (int) (width * 0.75);
        int cy = (int) (height * 0.08);
        for (int y = cy; y < cy + s / 4 && y < height; y++) {
            for (int x = cx; x < cx + s / 4 && x < width; x++) {
                int c = ((x - cx) / 4 + (y - cy) / 4) % 2 == 0 ? 235 : 20;
                set(img, x, y, c, c, c);
            }
        }
        // block letters
        int scale = Math.max(1, s / 64);
        int tx = (int) (width * 0.04);
        int ty = (int) (height * 0.66);
        for (int i = 0; i < TEXT.length(); i++) {
            int glyph = GLYPHS.indexOf(TEXT.charAt(i));
            if (glyph < 0) {
                continue;
            }
            String cells = GLYPH_CELLS[glyph];
            for (int j = 0; j < 35; j++) {
                if (cells.charAt(j) == '1') {
                    int gx = tx + i * 6 * scale + (j % 5) * scale;
                    int gy = ty + (j / 5) * scale;
                    fillRect(img, gx, gy, gx + scale, gy + scale, 250, 250, 250);
                }
            }
        }
        // Gaussian noise (sigma 20) on a mid-gray patch, salt and pepper (10%) on another
        int px = (int) (width * 0.42);
        int py = (int) (height * 0.60);
        int pw = s / 5;
        for (int y = py; y < py + pw && y < height; y++) {
            for (int x = px; x < px + pw && x < width; x++) {
                double n = 128 + 20 * random.nextGaussian();
                set(img, x, y, n, n, n);
            }
        }
        int qx = px + pw + s / 20;
        for (int y = py; y < py + pw && y < height; y++) {
            for (int x = qx; x < qx + pw && x < width; x++) {
                double r = random.nextDouble();
                double c = r < 0.05 ? 0 : r < 0.10 ? 255 : 128;
                set(img, x, y, c, c, c);
            }
        }
        return img;
    }

    /** A second image with another distribution of levels (a radial sunset), to match histograms against. */
    public static Image reference(int width, int height) {
        Image img = Image.blank(width, height, 3, Image.Depth.U8);
        double cx = width * 0.5;
        double cy = height * 1.1;
        double rmax = Math.hypot(width * 0.5, height * 1.1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = Math.hypot(x - cx, y - cy) / rmax;
                set(img, x, y, 255 - 120 * t, 200 - 150 * t, 80 + 120 * t);
            }
        }
        return img;
    }

    private static void set(Image img, int x, int y, double r, double g, double b) {
        img.set(0, x, y, (float) r);
        img.set(1, x, y, (float) g);
        img.set(2, x, y, (float) b);
    }

    private static void fillRect(Image img, int x0, int y0, int x1, int y1, double r, double g, double b) {
        for (int y = Math.max(0, y0); y < Math.min(img.height(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.width(), x1); x++) {
                set(img, x, y, r, g, b);
            }
        }
    }

    private static void fillDisc(Image img, double cx, double cy, double radius, double r, double g, double b) {
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                if (Math.hypot(x - cx, y - cy) <= radius) {
                    set(img, x, y, r, g, b);
                }
            }
        }
    }

    private static void fillTriangle(Image img, double ax, double ay, double bx, double by, double cx, double cy,
                                     double r, double g, double b) {
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                double d1 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
                double d2 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
                double d3 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
                boolean inside = (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
                if (inside) {
                    set(img, x, y, r, g, b);
                }
            }
        }
    }
}
