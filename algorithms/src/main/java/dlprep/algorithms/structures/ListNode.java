package dlprep.algorithms.structures;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of a singly linked list of ints, the list type the 剑指Offer and LeetCode problems share: a value
 * and the next node, both mutable because the problems relink nodes in place.
 */
public final class ListNode {
    public int val;
    public ListNode next;

    public ListNode(int val) {
        this.val = val;
    }

    /** The list holding {@code values} in order, or {@code null} for none. */
    public static ListNode of(int... values) {
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        for (int v : values) {
            tail.next = new ListNode(v);
            tail = tail.next;
        }
        return dummy.next;
    }

    /** The values from {@code head} to the end, in a new mutable list; the list must not have a cycle. */
    public static List<Integer> values(ListNode head) {
        List<Integer> out = new ArrayList<>();
        for (ListNode p = head; p != null; p = p.next) {
            out.add(p.val);
        }
        return out;
    }

    /** The values from {@code head} to the end as an array; the list must not have a cycle. */
    public static int[] toArray(ListNode head) {
        return values(head).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The two sorted lists merged into one sorted list by relinking their nodes (the merge step of merge
     * sort); equal values keep a's first, so the merge is stable. Both lists must be acyclic.
     */
    public static ListNode mergeSorted(ListNode a, ListNode b) {
        ListNode dummy = new ListNode(0);
        ListNode tail = dummy;
        while (a != null && b != null) {
            if (a.val <= b.val) {
                tail.next = a;
                a = a.next;
            } else {
                tail.next = b;
                b = b.next;
            }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        return dummy.next;
    }

    @Override
    public String toString() {
        return "ListNode(" + val + ")";
    }
}
