package dlprep.algorithms.offer;

/**
 * JZ25 复杂链表的复制: deep-copy a linked list whose nodes also carry a random pointer to any node of the
 * list (or null).
 *
 * <p>Approach: three passes without a hash map. (1) Insert each node's copy right after it:
 * A A' B B' ... (2) The copy of {@code x.random} is {@code x.random.next}, so set every copy's random
 * pointer. (3) Unweave the two lists, restoring the original.
 *
 * <p>Complexity: O(n) time, O(1) extra space (a map from node to copy, the simpler way, is O(n)).
 *
 * <p>Original: solved as file JZ25; the inventory records no defect. Pitfall: setting random pointers while
 * unweaving reads {@code next} fields that were already restored.
 *
 * @see OfferProblems
 */
public final class CopyRandomList {
    private CopyRandomList() {
    }

    public static RandomListNode copy(RandomListNode head) {
        for (RandomListNode p = head; p != null; p = p.next.next) {
            RandomListNode copy = new RandomListNode(p.label);
            copy.next = p.next;
            p.next = copy;
        }
        for (RandomListNode p = head; p != null; p = p.next.next) {
            p.next.random = p.random == null ? null : p.random.next;
        }
        RandomListNode dummy = new RandomListNode(0);
        RandomListNode tail = dummy;
        for (RandomListNode p = head; p != null; p = p.next) {
            tail.next = p.next;
            tail = tail.next;
            p.next = tail.next;
        }
        return dummy.next;
    }
}
