package dlprep.algorithms.offer;

import dlprep.algorithms.structures.ListNode;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintListReversedTest {
    @Test
    void printsFromTailToHead() {
        assertEquals(List.of(3, 2, 1), PrintListReversed.values(ListNode.of(1, 2, 3)));
        assertEquals(List.of(2, 2, 1, Integer.MIN_VALUE), PrintListReversed.values(ListNode.of(Integer.MIN_VALUE, 1, 2, 2)));
    }

    @Test
    void emptyAndOneNodeLists() {
        assertEquals(List.of(), PrintListReversed.values(null));
        assertEquals(List.of(7), PrintListReversed.values(ListNode.of(7)));
    }

    @Test
    void aLongListDoesNotOverflowTheStack() {
        int[] values = new int[200_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        List<Integer> reversed = PrintListReversed.values(ListNode.of(values));
        assertEquals(values.length - 1, reversed.get(0));
        assertEquals(0, reversed.get(values.length - 1));
    }

    @Test
    void rejectsACyclicList() {
        assertRejected(PrintListReversed.class, () -> PrintListReversed.values(OfferTesting.cyclicList()));
    }
}
