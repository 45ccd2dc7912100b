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

    @Override
    public String toString() {
        return "ListNode(" + val + ")";
    }
}
