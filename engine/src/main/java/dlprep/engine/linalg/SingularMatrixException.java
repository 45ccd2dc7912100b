package dlprep.engine.linalg;

/**
 * A system A x = b asked of a matrix without an inverse. It names the column where elimination found no
 * usable pivot: that column is (to working precision) a linear combination of the columns before it.
 */
public final class SingularMatrixException extends IllegalArgumentException {

    private final int pivotColumn;

    public SingularMatrixException(String message, int pivotColumn) {
        super(message);
        this.pivotColumn = pivotColumn;
    }

    /** The 0-based column whose pivot was zero (or below the tolerance). */
    public int pivotColumn() {
        return pivotColumn;
    }
}
