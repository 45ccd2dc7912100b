package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

/**
 * JZ15 反转链表: reverse a singly linked list in place and return the new head.
 *
 * <p>Approach: walk the list turning each {@code next} pointer around, keeping the already reversed prefix
 * in {@code prev}; save {@code next} before overwriting it.
 *
 * <p>Complexity: O(n) time, O(1) space (the recursive version uses O(n) stack).
 *
 * <p>Original: solved as file JZ15; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class ReverseList {
    private ReverseList() {
    }

    public static ListNode reverse(ListNode head) {
        Inputs.acyclic(head, ReverseList.class, "the list");
        ListNode prev = null;
        ListNode cur = head;
        while (cur != null) {
            ListNode next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        return prev;
    }
}
