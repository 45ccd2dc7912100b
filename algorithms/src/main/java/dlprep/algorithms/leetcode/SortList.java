package dlprep.algorithms.leetcode;

import dlprep.algorithms.structures.ListNode;

/**
 * Sort List: sort a linked list in ascending order in O(n log n) time.
 *
 * <p>Approach: merge sort, which suits lists (merging relinks nodes, no extra arrays). Split at the middle
 * with slow and fast pointers, sort both halves, merge. Equal values keep their order (stable).
 *
 * <p>Complexity: O(n log n) time, O(log n) space for the recursion (a bottom-up merge sort needs O(1)).
 *
 * <p>Pitfall: the split of a two-node list. With slow and fast both starting at head, slow stops at the
 * second node, the "left half" is the whole list, and the recursion never ends (StackOverflowError);
 * fast must start one ahead ({@code head.next}). The original repository's version was noted as too
 * slow.
 */
public final class SortList {

    private SortList() {
    }

    public static ListNode sortList(ListNode head) {
        if (head == null || head.next == null) {
            return head;
        }
        ListNode slow = head;
        ListNode fast = head.next;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        ListNode right = slow.next;
        slow.next = null;
        return ListNode.mergeSorted(sortList(head), sortList(right));
    }
}
