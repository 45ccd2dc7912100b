package dlprep.vision.filter;

import java.util.Arrays;

/**
 * A 2-D filter kernel of {@code width x height} weights, row by row, applied by correlation (the weight at
 * column {@code i}, row {@code j} multiplies the pixel {@code (x + i - anchorX, y + j - anchorY)}), as
 * OpenCV's filter2D and deep learning's "convolution" do. The anchor is the centre, {@code (width / 2,
 * height / 2)}, as OpenCV's default anchor {@code (-1, -1)}.
 */
public final class Kernel {

    private final int width;
    private final int height;
    private final float[] weights;

    private Kernel(int width, int height, float[] weights) {
        if (width < 1 || height < 1 || weights.length != width * height) {
            throw new IllegalArgumentException("kernel: " + weights.length + " weights for " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.weights = weights;
    }

    /** A kernel from its rows, e.g. {@code {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}}}. */
    public static Kernel of(float[][] rows) {
        int h = rows.length;
        int w = h == 0 ? 0 : rows[0].length;
        float[] weights = new float[w * h];
        for (int j = 0; j < h; j++) {
            if (rows[j].length != w) {
                throw new IllegalArgumentException("kernel: row " + j + " has " + rows[j].length + " weights, row 0 has " + w);
            }
            System.arraycopy(rows[j], 0, weights, j * w, w);
        }
        return new Kernel(w, h, weights);
    }

    /** The separable kernel {@code column * row^T}: weight {@code (i, j)} is {@code column[j] * row[i]}. */
    public static Kernel outer(float[] column, float[] row) {
        float[] weights = new float[column.length * row.length];
        for (int j = 0; j < column.length; j++) {
            for (int i = 0; i < row.length; i++) {
                weights[j * row.length + i] = column[j] * row[i];
            }
        }
        return new Kernel(row.length, column.length, weights);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int anchorX() {
        return width / 2;
    }

    public int anchorY() {
        return height / 2;
    }

    /** The weight at column {@code i}, row {@code j}. */
    public float at(int i, int j) {
        return weights[j * width + i];
    }

    @Override
    public String toString() {
        return "Kernel[" + width + "x" + height + " " + Arrays.toString(weights) + "]";
    }
}
