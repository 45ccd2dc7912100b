package dlprep.engine.data;

import dlprep.engine.tensor.Generator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SyntheticTest {

    @Test
    void linearDataFitsItsTrueWeights() {
        // d2l 3.3's setting: w = [2, -3.4], b = 4.2, noise 0.01. Least squares on [x1, x2, 1] recovers them
        // to about noise / sqrt(n).
        TensorDataset data = Synthetic.linear(new double[] {2, -3.4}, 4.2, 1000, 0.01, new Generator(0));
        assertArrayEquals(new int[] {1000, 2}, data.features().shape());
        assertArrayEquals(new int[] {1000, 1}, data.labels().shape());
        double[] fit = leastSquares(data.features().floatData(), data.labels().floatData(), 2, true);
        assertEquals(2, fit[0], 2e-3);
        assertEquals(-3.4, fit[1], 2e-3);
        assertEquals(4.2, fit[2], 2e-3);
    }

    @Test
    void polynomialFeaturesArePowersOverFactorials() {
        TensorDataset data = Synthetic.polynomial(200, 20, 0.1, new Generator(1));
        float[] f = data.features().floatData();
        for (int i = 0; i < 200; i++) {
            double x = f[i * 20 + 1];
            assertEquals(1, f[i * 20], 0);
            assertEquals(x * x / 2, f[i * 20 + 2], 1e-5);
            assertEquals(x * x * x / 6, f[i * 20 + 3], 1e-5);
            assertEquals(Math.pow(x, 5) / 120, f[i * 20 + 5], 1e-5 * Math.max(1, Math.abs(Math.pow(x, 5) / 120)));
        }
        // Regressing the label on the first four features gives back 5, 1.2, -3.4, 5.6 (d2l 3.6.4).
        double[] fit = leastSquares(firstColumns(f, 200, 20, 4), data.labels().floatData(), 4, false);
        assertArrayEquals(new double[] {5, 1.2, -3.4, 5.6}, Synthetic.polynomialWeights());
        assertArrayEquals(Synthetic.polynomialWeights(), fit, 0.1);
    }

    @Test
    void polynomialLabelsDoNotDependOnTheNumberOfFeatures() {
        TensorDataset few = Synthetic.polynomial(50, 2, 0.1, new Generator(3));
        TensorDataset many = Synthetic.polynomial(50, 20, 0.1, new Generator(3));
        assertArrayEquals(many.labels().toArray(), few.labels().toArray());
        assertArrayEquals(firstColumns(many.features().floatData(), 50, 20, 2), few.features().floatData());
    }

    @Test
    void blobsAreBalancedAndCentredOnTheirCenters() {
        double[][] centers = {{0, 0}, {5, 5}, {-5, 5}};
        TensorDataset data = Synthetic.blobs(3000, centers, 1.0, new Generator(4));
        float[] x = data.features().floatData();
        float[] y = data.labels().floatData();
        double[][] sum = new double[3][2];
        int[] count = new int[3];
        for (int i = 0; i < 3000; i++) {
            int c = (int) y[i];
            count[c]++;
            sum[c][0] += x[2 * i];
            sum[c][1] += x[2 * i + 1];
        }
        assertArrayEquals(new int[] {1000, 1000, 1000}, count);
        for (int c = 0; c < 3; c++) {
            // the mean of 1000 draws of N(center, 1) is within 4 standard errors (4 / sqrt(1000) = 0.13)
            assertEquals(centers[c][0], sum[c][0] / 1000, 0.13);
            assertEquals(centers[c][1], sum[c][1] / 1000, 0.13);
        }
    }

    @Test
    void theSameSeedGivesTheSameData() {
        assertArrayEquals(Synthetic.linear(new double[] {1}, 0, 10, 0.1, new Generator(5)).features().toArray(),
                Synthetic.linear(new double[] {1}, 0, 10, 0.1, new Generator(5)).features().toArray());
        assertArrayEquals(Synthetic.blobs(10, new double[][] {{1}}, 1, new Generator(5)).features().toArray(),
                Synthetic.blobs(10, new double[][] {{1}}, 1, new Generator(5)).features().toArray());
    }

    static float[] firstColumns(float[] rows, int n, int width, int keep) {
        float[] out = new float[n * keep];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows, i * width, out, i * keep, keep);
        }
        return out;
    }

    /** Solves the normal equations (A^T A) w = A^T y by Gaussian elimination, A = x (plus a column of ones). */
    static double[] leastSquares(float[] x, float[] y, int d, boolean intercept) {
        int n = y.length;
        int k = intercept ? d + 1 : d;
        double[][] m = new double[k][k + 1];
        for (int i = 0; i < n; i++) {
            double[] a = new double[k];
            for (int j = 0; j < d; j++) {
                a[j] = x[i * d + j];
            }
            if (intercept) {
                a[d] = 1;
            }
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    m[r][c] += a[r] * a[c];
                }
                m[r][k] += a[r] * y[i];
            }
        }
        for (int p = 0; p < k; p++) {
            for (int r = p + 1; r < k; r++) {
                double f = m[r][p] / m[p][p];
                for (int c = p; c <= k; c++) {
                    m[r][c] -= f * m[p][c];
                }
            }
        }
        double[] w = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = m[r][k];
            for (int c = r + 1; c < k; c++) {
                s -= m[r][c] * w[c];
            }
            w[r] = s / m[r][r];
        }
        return w;
    }
}
