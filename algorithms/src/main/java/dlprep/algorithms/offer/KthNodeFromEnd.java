package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

/**
 * JZ14 链表中倒数第k个结点: the k-th node counted from the end of a singly linked list (k = 1 is the last).
 *
 * <p>Approach: move a lead pointer k nodes ahead, then move both until the lead falls off the end; the
 * trailing pointer is then k nodes from the end. One pass, no length count.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ14; the inventory records no defect. Pitfalls: k larger than the list
 * (return null, not a null-pointer crash) and k = 0.
 *
 * @see OfferProblems
 */
public final class KthNodeFromEnd {
    private KthNodeFromEnd() {
    }

    /** The k-th node from the end, or {@code null} if the list has fewer than k nodes. */
    public static ListNode find(ListNode head, int k) {
        if (k < 1) {
            throw Inputs.invalid(KthNodeFromEnd.class, "k = " + k + " must be at least 1 (1 is the last node)");
        }
        Inputs.acyclic(head, KthNodeFromEnd.class, "the list");
        ListNode lead = head;
        for (int i = 0; i < k; i++) {
            if (lead == null) {
                return null;
            }
            lead = lead.next;
        }
        ListNode trail = head;
        while (lead != null) {
            lead = lead.next;
            trail = trail.next;
        }
        return trail;
    }
}
