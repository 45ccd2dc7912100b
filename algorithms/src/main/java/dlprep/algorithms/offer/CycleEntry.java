package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

/**
 * JZ55 链表中环的入口结点: the node where a linked list's cycle begins, or null if the list ends.
 *
 * <p>Approach: Floyd's tortoise and hare. The fast pointer (two steps) meets the slow one (one step) inside
 * the cycle. With a nodes before the entry and cycle length c, at the meeting point the slow pointer has
 * walked s steps and the fast 2s, so s is a multiple of c; a further a steps from the meeting point land on
 * the entry, which is also a steps from the head. So restart one pointer at the head and advance both by one
 * until they meet.
 *
 * <p>Complexity: O(n) time, O(1) space (a visited set is the O(n)-space alternative).
 *
 * <p>Original: solved as file JZ55; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class CycleEntry {
    private CycleEntry() {
    }

    public static ListNode entry(ListNode head) {
        ListNode slow = head;
        ListNode fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                ListNode p = head;
                while (p != slow) {
                    p = p.next;
                    slow = slow.next;
                }
                return p;
            }
        }
        return null;
    }
}
