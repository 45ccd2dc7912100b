package dlprep.algorithms.leetcode;

import dlprep.algorithms.offer.CycleEntry;
import dlprep.algorithms.structures.ListNode;

/**
 * Linked List Cycle II: return the node where a linked list's cycle begins, or null if the list ends.
 *
 * <p>Approach: Floyd's tortoise and hare. The slow pointer moves one step, the fast two; they meet inside
 * the cycle if there is one. If the tail before the cycle has length a and they meet b steps into the
 * cycle of length c, then 2(a + b) = a + b + kc, so a = kc - b: a pointer restarted at the head and one
 * left at the meeting point, both moving one step, meet exactly at the cycle's entry.
 *
 * <p>Complexity: O(n) time, O(1) space (a visited set is O(n) space).
 *
 * <p>Pitfall: cycle detection edge cases: the fast pointer's null checks ({@code fast != null &&
 * fast.next != null}), a one-node self-loop, and starting the second phase from the meeting point, not from
 * the node after it.
 */
public final class LinkedListCycleII {

    private LinkedListCycleII() {
    }

    /** The same problem as 剑指Offer JZ55, so the same code: {@link CycleEntry#entry}. */
    public static ListNode detectCycle(ListNode head) {
        return CycleEntry.entry(head);
    }
}
