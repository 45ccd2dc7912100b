package dlprep.vision.descriptor;

import dlprep.vision.image.Image;

/**
 * Histogram of oriented gradients (Dalal and Triggs, CVPR 2005) with the paper's default R-HOG:
 * centred {@code [-1, 0, 1]} gradients, 8x8-pixel cells, 9 unsigned orientation bins over 0..180 degrees,
 * blocks of 2x2 cells sliding by one cell, each block normalised by L2-Hys (L2, clip at 0.2, L2 again).
 *
 * <p>Which choices match the two common libraries:
 * <ul>
 *   <li>gradients: {@code [-1, 0, 1]} without smoothing, as both scikit-image's {@code hog} and OpenCV's
 *       {@code HOGDescriptor}; on the image border the gradient across it is 0, which is what scikit-image
 *       does and what OpenCV's reflect-101 padding gives ({@code I[1] - I[1]});</li>
 *   <li>colour: the channel with the largest gradient magnitude per pixel, as the paper and scikit-image's
 *       {@code channel_axis}; OpenCV does the same;</li>
 *   <li>orientation vote: bilinear between the two nearest bin centres (10, 30, ..., 170 degrees, wrapping
 *       at 180), as OpenCV; scikit-image gives the whole magnitude to one bin;</li>
 *   <li>no spatial (trilinear) vote between cells and no Gaussian window on the block, as scikit-image;
 *       OpenCV does both, so its numbers differ from ours and from scikit-image's;</li>
 *   <li>L2-Hys with clip 0.2 and {@code eps = 1e-5} inside the square roots, as scikit-image;
 *       pixels right and below the last whole cell are ignored, as scikit-image.</li>
 * </ul>
 * The descriptor is laid out block row by block row, then cell row, cell column, bin (scikit-image's
 * order with {@code feature_vector=True}).
 */
public final class Hog {

    /** The paper's defaults: 8x8 cells, 9 bins, 2x2-cell blocks, clip 0.2. */
    public static final int CELL = 8;
    public static final int BINS = 9;
    public static final int BLOCK = 2;
    public static final float CLIP = 0.2f;
    private static final float BIN_WIDTH = 180f / BINS;
    private static final double EPS = 1e-5;

    private Hog() {
    }

    /**
     * The per-cell orientation histograms, {@code [cellRow][cellColumn][bin]}: each pixel votes its gradient
     * magnitude into the two bins nearest its unsigned orientation.
     */
    public static float[][][] cellHistograms(Image image) {
        int cellsX = image.width() / CELL;
        int cellsY = image.height() / CELL;
        if (cellsX < BLOCK || cellsY < BLOCK) {
            throw new IllegalArgumentException("hog: image " + image.width() + "x" + image.height()
                    + " is smaller than one block of " + BLOCK + "x" + BLOCK + " cells of " + CELL + "x" + CELL
                    + " pixels; give an image of at least " + BLOCK * CELL + "x" + BLOCK * CELL);
        }
        float[][][] cells = new float[cellsY][cellsX][BINS];
        int w = image.width();
        int h = image.height();
        for (int y = 0; y < cellsY * CELL; y++) {
            for (int x = 0; x < cellsX * CELL; x++) {
                float bestGx = 0;
                float bestGy = 0;
                float bestMag2 = -1;
                for (int c = 0; c < image.channels(); c++) {
                    float gx = x == 0 || x == w - 1 ? 0 : image.get(c, x + 1, y) - image.get(c, x - 1, y);
                    float gy = y == 0 || y == h - 1 ? 0 : image.get(c, x, y + 1) - image.get(c, x, y - 1);
                    float mag2 = gx * gx + gy * gy;
                    if (mag2 > bestMag2) {
                        bestMag2 = mag2;
                        bestGx = gx;
                        bestGy = gy;
                    }
                }
                float magnitude = (float) Math.sqrt(bestMag2);
                vote(cells[y / CELL][x / CELL], magnitude, unsignedDegrees(bestGx, bestGy));
            }
        }
        return cells;
    }

    /** The whole descriptor: every block's 2x2x9 = 36 values after L2-Hys, concatenated. */
    public static float[] describe(Image image) {
        float[][][] cells = cellHistograms(image);
        int blocksY = cells.length - BLOCK + 1;
        int blocksX = cells[0].length - BLOCK + 1;
        int blockLength = BLOCK * BLOCK * BINS;
        float[] out = new float[blocksY * blocksX * blockLength];
        float[] block = new float[blockLength];
        for (int by = 0; by < blocksY; by++) {
            for (int bx = 0; bx < blocksX; bx++) {
                int k = 0;
                for (int cy = 0; cy < BLOCK; cy++) {
                    for (int cx = 0; cx < BLOCK; cx++) {
                        for (int b = 0; b < BINS; b++) {
                            block[k++] = cells[by + cy][bx + cx][b];
                        }
                    }
                }
                l2Hys(block);
                System.arraycopy(block, 0, out, (by * blocksX + bx) * blockLength, blockLength);
            }
        }
        return out;
    }

    /** Orientation of the gradient in [0, 180) degrees: a dark-to-bright edge and its reverse are one bin. */
    static float unsignedDegrees(float gx, float gy) {
        double degrees = Math.toDegrees(Math.atan2(gy, gx));
        if (degrees < 0) {
            degrees += 180;
        }
        return degrees >= 180 ? 0 : (float) degrees;
    }

    /**
     * Adds {@code magnitude} to the two bins whose centres ({@code (i + 0.5) * 20} degrees) surround
     * {@code degrees}, each in proportion to its closeness; bin 8 and bin 0 are neighbours across 180.
     */
    static void vote(float[] histogram, float magnitude, float degrees) {
        float position = degrees / BIN_WIDTH - 0.5f;
        int lower = (int) Math.floor(position);
        float toUpper = position - lower;
        histogram[Math.floorMod(lower, BINS)] += magnitude * (1 - toUpper);
        histogram[Math.floorMod(lower + 1, BINS)] += magnitude * toUpper;
    }

    /** L2-Hys in place: divide by the L2 norm, clip at 0.2, divide by the new L2 norm. */
    static void l2Hys(float[] block) {
        scaleToUnit(block);
        for (int i = 0; i < block.length; i++) {
            block[i] = Math.min(block[i], CLIP);
        }
        scaleToUnit(block);
    }

    private static void scaleToUnit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float scale = (float) (1 / Math.sqrt(sum + EPS * EPS));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
    }

    /**
     * A picture of the cell histograms: in each cell a line through its centre for every bin, drawn along
     * the edge (perpendicular to the bin's gradient direction), as bright as the bin's share of the largest
     * bin in the image. The usual way to look at HOG (scikit-image's {@code visualize=True} draws the same).
     */
    public static Image render(float[][][] cells) {
        int cellsY = cells.length;
        int cellsX = cells[0].length;
        float max = 0;
        for (float[][] row : cells) {
            for (float[] cell : row) {
                for (float v : cell) {
                    max = Math.max(max, v);
                }
            }
        }
        Image out = Image.blank(cellsX * CELL, cellsY * CELL, 1, Image.Depth.U8);
        if (max == 0) {
            return out;
        }
        float half = CELL / 2f - 0.5f;
        for (int cy = 0; cy < cellsY; cy++) {
            for (int cx = 0; cx < cellsX; cx++) {
                float centreX = cx * CELL + half;
                float centreY = cy * CELL + half;
                for (int b = 0; b < BINS; b++) {
                    float brightness = 255 * cells[cy][cx][b] / max;
                    double edge = Math.toRadians((b + 0.5) * BIN_WIDTH + 90);
                    double dx = Math.cos(edge);
                    double dy = Math.sin(edge);
                    for (float t = -half; t <= half; t += 0.25f) {
                        int x = Math.round(centreX + (float) (t * dx));
                        int y = Math.round(centreY + (float) (t * dy));
                        if (out.get(0, x, y) < brightness) {
                            out.set(0, x, y, brightness);
                        }
                    }
                }
            }
        }
        return out;
    }
}
