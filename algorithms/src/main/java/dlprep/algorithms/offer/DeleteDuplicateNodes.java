package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

/**
 * JZ56 删除链表中重复的结点: in a sorted linked list, delete every node whose value occurs more than once,
 * keeping none of its copies (1 2 3 3 4 4 5 becomes 1 2 5).
 *
 * <p>Approach: a dummy node before the head, since the head itself may be deleted; a pointer to the last
 * kept node; at each run of equal values, skip the whole run if it is longer than one node.
 *
 * <p>Complexity: O(n) time, O(1) space.
 *
 * <p>Original: solved as file JZ56; the inventory records no defect. Pitfalls: keeping one copy (that is
 * LeetCode 83, not this problem); comparing with a sentinel value in the dummy node, which breaks when the
 * list holds that value (the dummy's value is never read here).
 *
 * @see OfferProblems
 */
public final class DeleteDuplicateNodes {
    private DeleteDuplicateNodes() {
    }

    public static ListNode deleteDuplicates(ListNode head) {
        Inputs.acyclic(head, DeleteDuplicateNodes.class, "the list");
        ListNode dummy = new ListNode(0);
        dummy.next = head;
        ListNode kept = dummy;
        ListNode p = head;
        while (p != null) {
            ListNode runEnd = p;
            while (runEnd.next != null && runEnd.next.val == p.val) {
                runEnd = runEnd.next;
            }
            if (runEnd == p) {
                kept.next = p;
                kept = p;
            }
            p = runEnd.next;
        }
        kept.next = null;
        return dummy.next;
    }
}
