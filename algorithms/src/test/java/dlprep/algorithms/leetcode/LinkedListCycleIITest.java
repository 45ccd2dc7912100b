package dlprep.algorithms.leetcode;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class LinkedListCycleIITest {

    /** A list of n nodes whose tail links back to node {@code entry}, or ends when entry is -1. */
    private static ListNode[] withCycle(int n, int entry) {
        ListNode[] nodes = new ListNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = new ListNode(i);
            if (i > 0) {
                nodes[i - 1].next = nodes[i];
            }
        }
        if (entry >= 0) {
            nodes[n - 1].next = nodes[entry];
        }
        return nodes;
    }

    @Test
    void findsTheEntryOfTheExample() {
        ListNode[] nodes = withCycle(4, 1);   // 0 -> 1 -> 2 -> 3 -> back to 1
        assertSame(nodes[1], LinkedListCycleII.detectCycle(nodes[0]));
    }

    @Test
    void handlesEmptyOneNodeAndSelfLoop() {
        assertNull(LinkedListCycleII.detectCycle(null));
        assertNull(LinkedListCycleII.detectCycle(new ListNode(1)));
        ListNode self = withCycle(1, 0)[0];
        assertSame(self, LinkedListCycleII.detectCycle(self));
        ListNode[] whole = withCycle(2, 0);
        assertSame(whole[0], LinkedListCycleII.detectCycle(whole[0]));
    }

    @Test
    void agreesWithAVisitedSet() {
        Random random = new Random(142);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(12);
            int entry = random.nextInt(n + 1) - 1;
            ListNode[] nodes = withCycle(n, entry);
            Set<ListNode> seen = new HashSet<>();
            ListNode p = nodes[0];
            while (p != null && seen.add(p)) {
                p = p.next;
            }
            assertSame(p, LinkedListCycleII.detectCycle(nodes[0]), "n = " + n + ", entry = " + entry);
        }
    }
}
