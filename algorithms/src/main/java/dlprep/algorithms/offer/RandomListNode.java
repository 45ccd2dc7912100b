package dlprep.algorithms.offer;

/** A list node with an extra pointer to any node of its list (or null): JZ25's "complex list". */
public final class RandomListNode {
    public int label;
    public RandomListNode next;
    public RandomListNode random;

    public RandomListNode(int label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return "RandomListNode(" + label + ")";
    }
}
