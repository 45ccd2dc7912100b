package dlprep.engine.linalg;

import dlprep.engine.tensor.Generator;

/** Seeded standard-normal matrices for the reconstruction tests. */
final class RandomMatrices {

    private RandomMatrices() {
    }

    static double[][] normal(int rows, int cols, long seed) {
        Generator g = new Generator(seed);
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = g.normal();
            }
        }
        return a;
    }

    /** A^T A + n I: symmetric positive definite. */
    static double[][] symmetricPositiveDefinite(int n, long seed) {
        double[][] a = normal(n, n, seed);
        return Matrices.add(Matrices.multiply(Matrices.transpose(a), a), Matrices.scale(Matrices.identity(n), n));
    }

    /** The largest |entry| of Q^T Q - I: zero for orthonormal columns. */
    static double orthonormalityError(double[][] q) {
        return Matrices.maxAbsDifference(Matrices.multiply(Matrices.transpose(q), q), Matrices.identity(q[0].length));
    }
}
