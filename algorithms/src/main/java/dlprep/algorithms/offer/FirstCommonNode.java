package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

/**
 * JZ36 两个链表的第一个公共结点: the first node shared by two singly linked lists that may merge into a
 * common tail (Y shape), or null if they never meet.
 *
 * <p>Approach: two pointers; each walks its own list and then the other one. Both then travel
 * a + c + b steps (a, b the private parts, c the common tail), so they arrive at the first common node
 * together, or at null together when c = 0.
 *
 * <p>Complexity: O(m + n) time, O(1) space.
 *
 * <p>Original: solved, filed as JZ37 (numbering shifted by one); the inventory records no defect. Pitfall:
 * comparing values instead of node identity.
 *
 * @see OfferProblems
 */
public final class FirstCommonNode {
    private FirstCommonNode() {
    }

    public static ListNode find(ListNode a, ListNode b) {
        Inputs.acyclic(a, FirstCommonNode.class, "the first list");
        Inputs.acyclic(b, FirstCommonNode.class, "the second list");
        ListNode p = a;
        ListNode q = b;
        while (p != q) {
            p = p == null ? b : p.next;
            q = q == null ? a : q.next;
        }
        return p;
    }
}
