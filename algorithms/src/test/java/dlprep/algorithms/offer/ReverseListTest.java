package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReverseListTest {
    @Test
    void reversesTheLinks() {
        assertEquals(List.of(3, 2, 1), ListNode.values(ReverseList.reverse(ListNode.of(1, 2, 3))));
        assertEquals(List.of(Integer.MAX_VALUE, 1, 1, Integer.MIN_VALUE),
                ListNode.values(ReverseList.reverse(ListNode.of(Integer.MIN_VALUE, 1, 1, Integer.MAX_VALUE))));
    }

    @Test
    void emptyAndOneNodeLists() {
        assertNull(ReverseList.reverse(null));
        ListNode one = ListNode.of(9);
        assertEquals(one, ReverseList.reverse(one));
        assertNull(one.next);
    }

    @Test
    void agreesWithCollectionsReverseOnRandomListsIncludingALongOne() {
        Random rng = OfferTesting.random();
        for (int length : new int[] {0, 1, 2, 7, 100_000}) {
            int[] values = OfferTesting.randomArray(rng, length, 1000);
            List<Integer> expected = new ArrayList<>(ListNode.values(ListNode.of(values)));
            Collections.reverse(expected);
            assertEquals(expected, ListNode.values(ReverseList.reverse(ListNode.of(values))));
        }
    }

    @Test
    void rejectsACyclicList() {
        assertRejected(ReverseList.class, () -> ReverseList.reverse(OfferTesting.cyclicList()));
    }
}
