package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class FirstCommonNodeTest {
    @Test
    void findsWhereTwoListsMerge() {
        ListNode common = ListNode.of(6, 7);
        ListNode a = ListNode.of(1, 2, 3);
        ListNode b = ListNode.of(4, 5);
        a.next.next.next = common;
        b.next.next = common;
        assertSame(common, FirstCommonNode.find(a, b));
        assertSame(common, FirstCommonNode.find(b, a));
    }

    @Test
    void equalValuesInSeparateNodesAreNotCommon() {
        assertNull(FirstCommonNode.find(ListNode.of(1, 2), ListNode.of(1, 2)));
    }

    @Test
    void emptyListsAndTheSameList() {
        assertNull(FirstCommonNode.find(null, ListNode.of(1)));
        assertNull(FirstCommonNode.find(null, null));
        ListNode one = ListNode.of(Integer.MIN_VALUE);
        assertSame(one, FirstCommonNode.find(one, one));
    }

    @Test
    void randomYShapes() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            ListNode tail = ListNode.of(OfferTesting.randomArray(rng, rng.nextInt(4), 3));
            ListNode a = join(ListNode.of(OfferTesting.randomArray(rng, rng.nextInt(5), 3)), tail);
            ListNode b = join(ListNode.of(OfferTesting.randomArray(rng, rng.nextInt(5), 3)), tail);
            assertSame(tail, FirstCommonNode.find(a, b));
        }
    }

    private static ListNode join(ListNode head, ListNode tail) {
        List<ListNode> nodes = OfferTesting.nodes(head);
        if (nodes.isEmpty()) {
            return tail;
        }
        nodes.get(nodes.size() - 1).next = tail;
        return head;
    }

    @Test
    void rejectsCyclicLists() {
        assertRejected(FirstCommonNode.class, () -> FirstCommonNode.find(OfferTesting.cyclicList(), ListNode.of(1)));
    }
}
