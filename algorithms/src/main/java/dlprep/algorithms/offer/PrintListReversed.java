package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import java.util.Collections;
import java.util.List;

/**
 * JZ3 从尾到头打印链表: the values of a singly linked list from the last node to the first.
 *
 * <p>Approach: walk the list once collecting the values, then reverse the collected array. This is the stack
 * of the textbook answer without a stack object, and without recursion, which would overflow the call stack
 * on a list of some ten thousand nodes.
 *
 * <p>Complexity: O(n) time, O(n) space for the output.
 *
 * <p>Original: missing (one of the two Nowcoder problems the original did not solve).
 *
 * @see OfferProblems
 */
public final class PrintListReversed {
    private PrintListReversed() {
    }

    /** The values of the list from tail to head; an empty list for {@code head == null}. */
    public static List<Integer> values(ListNode head) {
        Inputs.acyclic(head, PrintListReversed.class, "the list");
        List<Integer> out = ListNode.values(head);
        Collections.reverse(out);
        return out;
    }
}
