package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

/**
 * JZ16 合并两个排序的链表: merge two non-decreasing linked lists into one non-decreasing list, reusing the
 * nodes.
 *
 * <p>Approach: a dummy head and a tail pointer; repeatedly append the smaller head (the first list's on a
 * tie, so the merge is stable), then append whatever remains of the other list.
 *
 * <p>Complexity: O(m + n) time, O(1) space (the recursive version uses O(m + n) stack and overflows on long
 * lists).
 *
 * <p>Original: solved as file JZ16; the inventory records no defect.
 *
 * @see OfferProblems
 */
public final class MergeSortedLists {
    private MergeSortedLists() {
    }

    public static ListNode merge(ListNode a, ListNode b) {
        Inputs.acyclic(a, MergeSortedLists.class, "the first list");
        Inputs.acyclic(b, MergeSortedLists.class, "the second list");
        return ListNode.mergeSorted(a, b);
    }
}
