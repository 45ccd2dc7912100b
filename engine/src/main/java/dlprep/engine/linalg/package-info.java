/**
 * Dense linear algebra in double precision on plain {@code double[][]} matrices (row-major, {@code a[i][j]}
 * is row i, column j): the project's {@code torch.linalg}. Written to be read: each decomposition is one
 * class with the textbook algorithm, and the classical machine-learning models ({@code dlprep.ml}) are built
 * on it.
 *
 * <ul>
 *   <li>{@link dlprep.engine.linalg.Matrices}: products, transpose, identity, shape checks.</li>
 *   <li>{@link dlprep.engine.linalg.LuDecomposition}: PA = LU with partial pivoting; solve, inverse, determinant.</li>
 *   <li>{@link dlprep.engine.linalg.Cholesky}: A = L L^T for symmetric positive definite A.</li>
 *   <li>{@link dlprep.engine.linalg.QrDecomposition}: Householder A = QR and least squares.</li>
 *   <li>{@link dlprep.engine.linalg.SymmetricEigen}: A = V diag(lambda) V^T by cyclic Jacobi rotations.</li>
 *   <li>{@link dlprep.engine.linalg.Svd}: thin A = U diag(s) V^T by one-sided Jacobi.</li>
 *   <li>{@link dlprep.engine.linalg.Rank}: numerical rank, linear dependence and span.</li>
 *   <li>{@link dlprep.engine.linalg.Norms}: vector and matrix norms, the condition number.</li>
 * </ul>
 *
 * <p>Inputs are never modified; every result is a fresh array.
 */
package dlprep.engine.linalg;
