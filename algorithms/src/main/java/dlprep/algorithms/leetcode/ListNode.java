package dlprep.algorithms.leetcode;

/**
 * The singly linked list node of LeetCode's list problems: a value and the next node, mutable because the
 * problems relink nodes in place.
 */
public final class ListNode {
    public int val;
    public ListNode next;

    public ListNode(int val) {
        this.val = val;
    }

    /** A list holding the values in order, or {@code null} for none. */
    public static ListNode of(int... values) {
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        for (int v : values) {
            tail.next = new ListNode(v);
            tail = tail.next;
        }
        return dummy.next;
    }

    /** The values from {@code head} to the end; loops forever on a cyclic list, so only for acyclic ones. */
    public static int[] toArray(ListNode head) {
        int n = 0;
        for (ListNode p = head; p != null; p = p.next) {
            n++;
        }
        int[] out = new int[n];
        int i = 0;
        for (ListNode p = head; p != null; p = p.next) {
            out[i++] = p.val;
        }
        return out;
    }
}
