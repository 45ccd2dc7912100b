package dlprep.algorithms.leetcode;

import dlprep.algorithms.structures.ListNode;

import java.util.PriorityQueue;

/**
 * Merge k Sorted Lists: merge k ascending linked lists into one ascending list, reusing the nodes.
 *
 * <p>Approach: a min-heap holding the current head of every non-empty list; pop the smallest, append it,
 * push its successor.
 *
 * <p>Complexity: O(N log k) time for N nodes in total, O(k) space. Merging the lists one after another is
 * O(N k).
 *
 * <p>Pitfall: the comparator. {@code (a, b) -> a.val - b.val} overflows when values have opposite signs
 * and large magnitude (e.g. MIN_VALUE vs 1) and orders them wrongly; {@code Integer.compare} does not.
 * Null lists in the input must be skipped rather than pushed.
 */
public final class MergeKSortedLists {

    private MergeKSortedLists() {
    }

    public static ListNode mergeKLists(ListNode[] lists) {
        PriorityQueue<ListNode> heads = new PriorityQueue<>((a, b) -> Integer.compare(a.val, b.val));
        for (ListNode head : lists) {
            if (head != null) {
                heads.add(head);
            }
        }
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        while (!heads.isEmpty()) {
            ListNode smallest = heads.poll();
            tail.next = smallest;
            tail = smallest;
            if (smallest.next != null) {
                heads.add(smallest.next);
            }
        }
        tail.next = null;
        return dummy.next;
    }
}
